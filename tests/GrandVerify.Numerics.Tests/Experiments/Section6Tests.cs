using GrandVerify.Numerics.Experiments;
using GrandVerify.Numerics.Integrators;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Experiments;

/// <summary>The paper's Section 6 runs and the verdicts its Figures 1 and 2 show.</summary>
public sealed class Section6Tests(ITestOutputHelper output)
{
    [Fact]
    public void W1_ForwardEuler_DriftsQ1Q2Q4()
    {
        var verdicts = Verdicts("W1", new ForwardEuler());

        Assert.Equal(["Q1", "Q2", "Q4"], verdicts.Where(v => !v.Verdict.Conserved).Select(v => v.Label));
    }

    [Fact]
    public void W1_ModifiedMidpoint_ConservesAll()
    {
        var verdicts = Verdicts("W1", new ModifiedMidpoint());

        Assert.All(verdicts, v => Assert.True(v.Verdict.Conserved, v.Label));
        Assert.All(verdicts, v => Assert.True(v.Commutes, v.Label));
    }

    [Fact]
    public void W2_ModifiedMidpoint_ConservesQ1Q6_AndQ2ToQ5Change()
    {
        var verdicts = Verdicts("W2", new ModifiedMidpoint());

        Assert.Equal(["Q1", "Q6"], verdicts.Where(v => v.Commutes).Select(v => v.Label));
        Assert.Equal(["Q1", "Q6"], verdicts.Where(v => v.Verdict.Conserved).Select(v => v.Label));
    }

    [Fact]
    public void W2_ForwardEuler_DriftsTheCommutingQ1()
    {
        var verdicts = Verdicts("W2", new ForwardEuler());

        Assert.False(verdicts.Single(v => v.Label == "Q1").Verdict.Conserved);
    }

    [Fact]
    public void Preset_IsThePapersSetUp()
    {
        var e = Section6.Create(Section6.Couplings[1], new ModifiedMidpoint());

        Assert.Equal(3, e.Graph.NodeCount);
        Assert.Equal(3, e.Graph.EdgeCount);
        Assert.Equal("softmax", e.Attention.Name);
        Assert.Equal(50, e.Grid.Steps);
        Assert.Equal(1.0, e.Grid.End, 14);
        Assert.Equal(0.1, e.Eps);
        double[] x = [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        Assert.Equal([.. x, .. new double[12]], e.InitialState);
        Assert.Equal("W2-modified-midpoint", e.Label);
        Assert.Equal("diag(0.001,0.001,1,1)", e.Coupling.ToString());
        Assert.Equal(
            ["W1-forward-euler", "W1-modified-midpoint", "W2-forward-euler", "W2-modified-midpoint"],
            Section6.All().Select(run => run.Label));
    }

    [Fact]
    public void Preset_Overrides_ChangeTheGrid()
    {
        var e = Section6.Create(Section6.Couplings[0], new ForwardEuler(), eps: 0.5, h: 0.1, tEnd: 2.0);

        Assert.Equal(20, e.Grid.Steps);
        Assert.Equal(0.5, e.Eps);
        Assert.Equal(21, e.Run().Times.Count);
    }

    private IReadOnlyList<(string Label, bool Commutes, ConservationVerdict Verdict)> Verdicts(
        string coupling, IIntegrator method)
    {
        var experiment = Section6.Create(Section6.Couplings.Single(c => c.Label == coupling), method);
        var result = experiment.Run();
        return [.. result.Charges.Select(c =>
        {
            var verdict = result.Verdict(c);
            output.WriteLine($"{experiment.Label} {c.Rotation}: {verdict.Explanation}");
            return (c.Rotation.Label, c.CommutesWithW, verdict);
        })];
    }
}
