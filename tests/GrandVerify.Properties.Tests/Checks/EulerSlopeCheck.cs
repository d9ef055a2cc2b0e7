using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Sweeps of one step from a fixed state y at t = 0: h_j = h0 / 2^j and eps_j = eps0 2^j,
/// j = 0..<see cref="Refinements"/>; fits log |Q_1 - Q_0| against log h and log eps. Points
/// whose change is below <see cref="PlateauFactor"/> times the rounding bound of
/// <see cref="EulerIdentityCheck"/> are on the rounding plateau and dropped.
/// </summary>
public static class EulerSlopeCheck
{
    /// <summary>Refinements per sweep (five points).</summary>
    public const int Refinements = 4;

    /// <summary>
    /// A change must exceed its (worst-case) rounding bound 100 times to enter the fit: its
    /// log is then off by less than 0.01, which moves a slope over a factor 16 in h by less
    /// than 0.01.
    /// </summary>
    public const double PlateauFactor = 100.0;

    /// <summary>
    /// Runs both sweeps with <paramref name="step"/>; <paramref name="roundingBound"/> gives
    /// the rounding bound of one step (the identity check's bound) for the plateau test.
    /// </summary>
    public static EulerSlopeOutcome Run(
        IForceModel force, IIntegrator step, Matrix<double> r, Vector<double> y, double h0,
        double eps0, Func<DiffusionSystem, double, double> roundingBound)
    {
        var (hs, dh) = Sweep(force, step, r, y, roundingBound,
            Enumerable.Range(0, Refinements + 1).Select(j => (h0 / (1 << j), eps0)));
        var (epss, de) = Sweep(force, step, r, y, roundingBound,
            Enumerable.Range(0, Refinements + 1).Select(j => (h0, eps0 * (1 << j))));
        return new EulerSlopeOutcome(
            hs.Count >= 2 ? SlopeFit.LogLog(hs, dh) : double.NaN, hs.Count,
            epss.Count >= 2 ? SlopeFit.LogLog(epss, de) : double.NaN, epss.Count);
    }

    private static (List<double> Parameter, List<double> Change) Sweep(
        IForceModel force, IIntegrator step, Matrix<double> r, Vector<double> y,
        Func<DiffusionSystem, double, double> roundingBound,
        IEnumerable<(double H, double Eps)> points)
    {
        var charge = new Charge(r);
        var (parameter, change) = (new List<double>(), new List<double>());
        var varyingH = points.Select(p => p.H).Distinct().Count() > 1;
        foreach (var (h, eps) in points)
        {
            // |Q_1 - Q_0| for one step of size h from (0, y)
            var system = new DiffusionSystem(force, eps);
            var next = step.Step(system, 0.0, h, y).Y;
            var dq = Math.Abs(charge.Evaluate(system.Layout, next)
                - charge.Evaluate(system.Layout, y));
            if (dq > PlateauFactor * roundingBound(system, h))
            {
                parameter.Add(varyingH ? h : eps);
                change.Add(dq);
            }
        }

        return (parameter, change);
    }
}
