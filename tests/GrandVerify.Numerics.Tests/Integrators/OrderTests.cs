using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Integrators;

/// <summary>
/// Convergence order by the least-squares slope of log error against log h on a nonlinear,
/// time-dependent problem (tanh attention, a = e^{t/eps} varying over the interval).
/// </summary>
public sealed class OrderTests(ITestOutputHelper output)
{
    private const int N = 3;
    private const int D = 2;
    private const double Eps = 0.5;
    private const double T = 0.5;

    /// <summary>Accepted |slope - order|: the customary band for a four-point log-log fit.</summary>
    private const double SlopeTolerance = 0.35;

    public static TheoryData<string, int> Cases => new()
    {
        { "forward-euler", 1 }, { "backward-euler", 1 },
        { "modified-midpoint", 1 }, { "implicit-midpoint", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Slope_MatchesOrder(string method, int order)
    {
        var integrator = Methods().Single(m => m.Name == method);
        Assert.Equal(order, integrator.Order);
        var (system, y0) = Problem();
        var reference = Solve(system, new ImplicitMidpoint(), y0, 4096);

        int[] steps = [16, 32, 64, 128];
        var points = steps
            .Select(s => (Math.Log(T / s), Math.Log(Error(system, integrator, y0, s, reference))))
            .ToArray();

        var slope = Slope(points);
        output.WriteLine($"{method}: slope {slope:F3}");
        Assert.InRange(slope, order - SlopeTolerance, order + SlopeTolerance);
    }

    private static IIntegrator[] Methods() =>
        [new ForwardEuler(), new BackwardEuler(), new ModifiedMidpoint(), new ImplicitMidpoint()];

    private static Vector<double> Solve(
        DiffusionSystem system, IIntegrator method, Vector<double> y0, int steps) =>
        Integration.Run(system, method, new UniformGrid(0.0, T / steps, steps), y0).Final;

    private static double Error(
        DiffusionSystem system, IIntegrator method, Vector<double> y0, int steps,
        Vector<double> reference) =>
        (Solve(system, method, y0, steps) - reference).InfinityNorm();

    private static double Slope((double X, double Y)[] points)
    {
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        return points.Sum(p => (p.X - mx) * (p.Y - my)) / points.Sum(p => (p.X - mx) * (p.X - mx));
    }

    private (DiffusionSystem, Vector<double>) Problem()
    {
        output.WriteLine($"seed {Fixtures.Seed}");
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(N, random, p: 1.0);
        var w = Fixtures.RandomCoupling(D, random, 1.0);
        var system = Fixtures.System(graph, w, new TanhAttention(), Eps);
        return (system, Fixtures.RandomState(system.Layout, random));
    }
}
