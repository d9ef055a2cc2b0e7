using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Integrators;

/// <summary>
/// Numerical failures carry the step index, time and a remedy. The 2-node, d = 1 model with
/// W = 1, g = identity, x = (0, s) gives C = [[0, -s^2], [-s^2, 0]], so with h = 1 and eps = 1/4
/// S = I + C has eigenvalues 1 -+ s^2: exactly singular at s = 1, ill-conditioned near it.
/// </summary>
public sealed class FailureReportingTests
{
    [Fact]
    public void ModifiedMidpoint_SingularS_ReportsTheStep()
    {
        var (system, y0) = TwoNodes(1.0);

        var e = Assert.Throws<NumericalFailureException>(
            () => Integration.Run(system, new ModifiedMidpoint(), new UniformGrid(0.0, 1.0, 3), y0));

        Assert.Equal(0, e.Step);
        Assert.Contains("singular", e.Condition, StringComparison.Ordinal);
        Assert.Contains("reduce h", e.Remedy, StringComparison.Ordinal);
        Assert.StartsWith("step 0 (t = 0)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModifiedMidpoint_IllConditionedS_ReportsConditionNumber()
    {
        // s^2 = 1 + 2e-13: smallest eigenvalue of S ~ -2e-13, cond_1(S) ~ 1e13 > 1e12
        var (system, y0) = TwoNodes(1.0 + 1e-13);

        var e = Assert.Throws<NumericalFailureException>(
            () => Integration.Run(system, new ModifiedMidpoint(), new UniformGrid(0.0, 1.0, 3), y0));

        Assert.Equal(0, e.Step);
        Assert.Contains("ill-conditioned", e.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void ModifiedMidpoint_WellConditionedNeighbour_Passes()
    {
        // s = 0.5: S has eigenvalues 0.75 and 1.25
        var (system, y0) = TwoNodes(0.5);

        var step = new ModifiedMidpoint().Step(system, 0.0, 1.0, y0);

        Assert.InRange(step.Statistics.ConditionEstimate, 1.0, 2.0);
    }

    [Fact]
    public void BackwardEuler_SingularSystem_IsReported()
    {
        // backward Euler solves with I + h^2/eps C: with h = 1, eps = 1 that is I + C, singular at s = 1
        var (system, y0) = TwoNodes(1.0, eps: 1.0);

        var e = Assert.Throws<NumericalFailureException>(
            () => Integration.Run(system, new BackwardEuler(), new UniformGrid(0.0, 1.0, 2), y0));

        Assert.Equal(0, e.Step);
        Assert.Contains("singular or ill-conditioned", e.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void BackwardEuler_NotConverged_NamesStepAndResidual()
    {
        var (system, y0) = Smooth();
        var starved = new BackwardEuler(new FixedPointPolicy(FixedPointPolicy.DefaultTolerance, 1));

        var e = Assert.Throws<NumericalFailureException>(
            () => Integration.Run(system, starved, new UniformGrid(0.0, 0.1, 3), y0));

        Assert.Equal(0, e.Step);
        Assert.Contains("did not converge in 1 iterations", e.Condition, StringComparison.Ordinal);
        Assert.Contains("relative change", e.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void ImplicitMidpoint_NotConverged_NamesStep()
    {
        var (system, y0) = Smooth();
        var starved = new ImplicitMidpoint(new FixedPointPolicy(FixedPointPolicy.DefaultTolerance, 1));

        var e = Assert.Throws<NumericalFailureException>(
            () => Integration.Run(system, starved, new UniformGrid(0.0, 0.1, 3), y0));

        Assert.Equal(0, e.Step);
        Assert.Contains("modified midpoint", e.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void Overflow_OfGrowthFactor_IsReportedAtItsStep()
    {
        // eps = 1e-3, h = 0.5: t_2 / eps = 1000 > 709
        var graph = GraphGenerators.Path(2);
        var force = new PaperForceModel(graph, Coupling.Scalar(1e-3, 1), new PaperSoftmax());
        var system = new DiffusionSystem(force, 1e-3);
        var y0 = Vector<double>.Build.DenseOfArray([0.1, 0.2, 0.0, 0.0]);

        var ok = Integration.TryRun(
            system, new ForwardEuler(), new UniformGrid(0.0, 0.5, 4), y0, out var summary, out var e);

        Assert.False(ok);
        Assert.Null(summary);
        Assert.NotNull(e);
        Assert.Equal(2, e.Step);
        Assert.Equal(1.0, e.Time);
        Assert.Contains("overflows", e.Condition, StringComparison.Ordinal);
    }

    private static (DiffusionSystem, Vector<double>) TwoNodes(double s, double eps = 0.25)
    {
        var force = new PaperForceModel(
            GraphGenerators.Path(2), Coupling.Scalar(1.0, 1), new IdentityAttention());
        var system = new DiffusionSystem(force, eps);
        return (system, Vector<double>.Build.DenseOfArray([0.0, s, 0.0, 0.0]));
    }

    private static (DiffusionSystem, Vector<double>) Smooth()
    {
        var random = new Random(Fixtures.Seed);
        var graph = GraphGenerators.Complete(3);
        var w = Fixtures.RandomCoupling(2, random, 1.0);
        var system = Fixtures.System(graph, w, new TanhAttention(), 0.5);
        return (system, Fixtures.RandomState(system.Layout, random));
    }
}
