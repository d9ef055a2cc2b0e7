using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Experiments;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Integrators;

/// <summary>
/// Charge conservation on a random graph, each method against the forward Euler baseline.
/// </summary>
public sealed class ConservationTests(ITestOutputHelper output)
{
    private const int N = 6;
    private const int D = 4;

    public static TheoryData<string, string> Cases => new()
    {
        { "modified-midpoint", "softmax" }, { "implicit-midpoint", "softmax" },
        { "modified-midpoint", "tanh" }, { "implicit-midpoint", "tanh" },
        { "backward-euler", "softmax" }, { "backward-euler", "tanh" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CommutingCharge_KeptExactlyByMidpointRules_NotByEuler(string method, string attention)
    {
        var integrator = Methods.Single(m => m.Name == method);

        var result = Run(integrator, attention);
        var baseline = Run(new ForwardEuler(), attention);

        var q = result.Charges[0];
        var verdict = result.Verdict(q);
        var euler = baseline.Verdict(baseline.Charges[0]);
        output.WriteLine($"{method}/{attention}: {verdict.Explanation}");
        output.WriteLine($"forward-euler/{attention}: {euler.Explanation}");
        Assert.True(q.CommutesWithW);
        Assert.False(euler.Conserved);
        Assert.Equal(integrator.ConservesCommutingCharges, verdict.Conserved);
        if (integrator.ConservesCommutingCharges)
        {
            Assert.True(q.MaxDeviation * 1e6 < baseline.Charges[0].MaxDeviation);
        }
    }

    [Theory]
    [InlineData("modified-midpoint")]
    [InlineData("implicit-midpoint")]
    public void NonCommutingCharge_ChangesUnderMidpointRules(string method)
    {
        var result = Run(Methods.Single(m => m.Name == method), "softmax");

        var q = result.Charges[1];

        Assert.False(q.CommutesWithW);
        Assert.False(result.Verdict(q).Conserved);
    }

    private static IIntegrator[] Methods =>
        [new ForwardEuler(), new BackwardEuler(), new ImplicitMidpoint(), new ModifiedMidpoint()];

    private ExperimentResult Run(IIntegrator integrator, string attention)
    {
        output.WriteLine($"seed {Fixtures.Seed}");
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(N, random);
        var w = Fixtures.CommutingCoupling(D, random, 0.5);
        var y0 = Fixtures.RandomState(new StateLayout(N, D), random);
        var rotations = RotationBasis.So(D).Take(2).ToArray();
        var experiment = new Experiment(
            graph, w, AttentionCatalog.Get(attention), integrator, 0.5,
            new UniformGrid(0.0, 0.01, 40), y0);
        return experiment.Run(rotations);
    }
}
