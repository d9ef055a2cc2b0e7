using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Integrators;

public sealed class IntegrationTests
{
    [Fact]
    public void Run_RecordsEveryGridPointAndReportsProgress()
    {
        var w = Fixtures.RandomCoupling(2, new Random(1));
        var system = Fixtures.System(GraphGenerators.Complete(3), w, new PaperSoftmax(), 0.5);
        var y0 = Fixtures.RandomState(system.Layout, new Random(Fixtures.Seed));
        var times = new List<double>();
        var progress = new List<int>();

        var summary = Integration.Run(
            system, new ModifiedMidpoint(), new UniformGrid(0.25, 0.1, 5), y0,
            (k, t, y) => times.Add(t), (done, total) => progress.Add(done * 10 + total));

        Assert.Equal(Enumerable.Range(0, 6).Select(k => 0.25 + (k * 0.1)), times);
        Assert.Equal([15, 25, 35, 45, 55], progress);
        Assert.Equal(5, summary.Steps);
        Assert.True(summary.MaxCondition >= 1.0);
        Assert.NotEqual(y0, summary.Final);
    }

    [Fact]
    public void Run_DoesNotModifyTheInitialState()
    {
        var system = Fixtures.System(
            GraphGenerators.Path(3), Fixtures.RandomCoupling(2, new Random(1)), new TanhAttention(), 0.5);
        var y0 = Fixtures.RandomState(system.Layout, new Random(Fixtures.Seed));
        var copy = y0.Clone();

        Integration.Run(system, new ForwardEuler(), new UniformGrid(0.0, 0.1, 3), y0);

        Assert.Equal(copy, y0);
    }

    [Fact]
    public void Run_ImplicitMethod_ReportsIterations()
    {
        var system = Fixtures.System(
            GraphGenerators.Path(3), Fixtures.RandomCoupling(2, new Random(1)), new TanhAttention(), 0.5);
        var y0 = Fixtures.RandomState(system.Layout, new Random(Fixtures.Seed));

        var summary = Integration.Run(system, new ImplicitMidpoint(), new UniformGrid(0.0, 0.05, 4), y0);

        Assert.InRange(summary.TotalIterations, 8, 4 * FixedPointPolicy.DefaultMaxIterations);
        Assert.InRange(summary.MaxResidual, 0.0, FixedPointPolicy.DefaultTolerance);
    }

    [Fact]
    public void Run_NonFiniteInitialState_IsRejected()
    {
        var system = Fixtures.System(
            GraphGenerators.Path(2), Fixtures.RandomCoupling(1, new Random(1)), new TanhAttention(), 0.5);
        var y0 = Vector<double>.Build.DenseOfArray([0, double.PositiveInfinity, 0, 0]);

        Assert.Throws<GrandVerify.Numerics.Model.NumericalFailureException>(
            () => Integration.Run(system, new ForwardEuler(), new UniformGrid(0.0, 0.1, 1), y0));
    }

    [Theory]
    [InlineData(0.0, 1.0, 0.02, 50)]
    [InlineData(0.0, 1.0, 0.1, 10)]
    [InlineData(1.0, 2.5, 0.5, 3)]
    public void Between_CountsSteps(double t0, double tEnd, double h, int steps)
    {
        var grid = UniformGrid.Between(t0, tEnd, h);

        Assert.Equal(steps, grid.Steps);
        Assert.Equal(tEnd, grid.End, 12);
    }

    [Theory]
    [InlineData(0.0, 1.0, 0.3)]
    [InlineData(0.0, 1.0, 0.0)]
    [InlineData(1.0, 0.0, 0.1)]
    public void Between_BadGrid_IsRejected(double t0, double tEnd, double h)
    {
        Assert.Throws<ArgumentException>(() => UniformGrid.Between(t0, tEnd, h));
    }

    [Fact]
    public void Step_NonPositiveH_IsRejected()
    {
        var system = Fixtures.System(
            GraphGenerators.Path(2), Fixtures.RandomCoupling(1, new Random(1)), new TanhAttention(), 0.5);

        Assert.Throws<ArgumentOutOfRangeException>(
            () => new ModifiedMidpoint().Step(system, 0.0, -0.1, Vector<double>.Build.Dense(4)));
    }
}
