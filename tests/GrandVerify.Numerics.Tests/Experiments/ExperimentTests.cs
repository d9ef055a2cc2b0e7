using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Experiments;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Experiments;

public sealed class ExperimentTests
{
    [Fact]
    public void Run_RecordsChargesAndScaleAtEveryGridPoint()
    {
        var e = Section6.Create(Section6.Couplings[0], new ModifiedMidpoint(), h: 0.1);

        var r = e.Run();

        Assert.Equal(11, r.Times.Count);
        Assert.Equal(6, r.Charges.Count);
        Assert.All(r.Charges, c => Assert.Equal(11, c.Values.Count));
        Assert.All(r.Charges, c => Assert.Equal(0.0, c.Values[0]));
        Assert.True(r.Scale > 0);
        Assert.Equal(Experiment.Scale(e.CreateSystem().Layout, r.Summary.Final), r.Scale, 1e-9 * r.Scale);
    }

    [Fact]
    public void TryRun_Overflow_ReturnsTheFailure()
    {
        var e = Section6.Create(Section6.Couplings[0], new ForwardEuler(), eps: 1e-3, h: 0.5, tEnd: 2.0);

        var ok = e.TryRun(out var result, out var failure);

        Assert.False(ok);
        Assert.Null(result);
        Assert.Equal(2, failure?.Step);
    }

    [Fact]
    public void ForceModel_CanBeReplaced()
    {
        var calls = 0;
        var e = new Experiment(
            GraphGenerators.Path(2), Coupling.Scalar(1, 2), new TanhAttention(), new ForwardEuler(), 1.0,
            new UniformGrid(0, 0.1, 2), Vector<double>.Build.Dense(8, 0.5))
        {
            ForceModel = (g, w, a) =>
            {
                calls++;
                return new PaperForceModel(g, w, a);
            },
        };

        e.Run();

        Assert.Equal(1, calls);
    }
}
