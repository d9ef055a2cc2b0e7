using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Order of convergence at T on the nonlinear, time-dependent system (30): errors
/// |y_N(T) - y_ref(T)|_2 for N = 16, 32, 64, 128 against a reference from the implicit midpoint
/// rule on 512 and 1024 steps, extrapolated (4 y_1024 - y_512)/3 (order 4, its h^2 expansion
/// being even); least-squares slope of log error against log h. Errors below
/// <see cref="PlateauFloor"/> |y_ref| are on the rounding plateau and dropped.
/// </summary>
public static class OrderCheck
{
    /// <summary>
    /// 1e-10 relative: the reference's 1024 steps and a run's 128 steps each carry at most a
    /// few hundred u of rounding per step (the midpoint analysis), below 1e-10 in total.
    /// </summary>
    public const double PlateauFloor = 1e-10;

    /// <summary>Step counts of the measured runs.</summary>
    public static IReadOnlyList<int> StepCounts { get; } = [16, 32, 64, 128];

    /// <summary>Steps of the coarser reference run.</summary>
    public const int ReferenceSteps = 512;

    /// <summary>The extrapolated reference y_ref(T).</summary>
    public static Vector<double> Reference(DiffusionSystem system, Vector<double> y0, double tEnd)
    {
        var coarse = Run(system, new ImplicitMidpoint(), y0, tEnd, ReferenceSteps);
        var fine = Run(system, new ImplicitMidpoint(), y0, tEnd, 2 * ReferenceSteps);
        return ((fine * 4.0) - coarse) / 3.0;
    }

    /// <summary>Measures the order of <paramref name="method"/> against the reference.</summary>
    public static OrderOutcome Measure(
        DiffusionSystem system, IIntegrator method, Vector<double> y0, double tEnd,
        Vector<double> reference, double expected)
    {
        var (hs, errors) = (new List<double>(), new List<double>());
        foreach (var n in StepCounts)
        {
            // e(h) = |y_N(T) - y_ref(T)|_2, h = T/N
            var error = (Run(system, method, y0, tEnd, n) - reference).L2Norm();
            if (error > PlateauFloor * reference.L2Norm())
            {
                hs.Add(tEnd / n);
                errors.Add(error);
            }
        }

        var slope = hs.Count >= 2 ? SlopeFit.LogLog(hs, errors) : double.NaN;
        return new OrderOutcome(slope, hs.Count, expected);
    }

    private static Vector<double> Run(
        DiffusionSystem system, IIntegrator method, Vector<double> y0, double tEnd, int steps)
    {
        var grid = new UniformGrid(0.0, tEnd / steps, steps);
        return Integration.Run(system, method, grid, y0).Final;
    }
}
