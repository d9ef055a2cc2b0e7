using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// One-step charge changes of an integrator on the numeric case, and least-squares slopes of
/// log|Q_{k+1} - Q_k| against log h (eps fixed) and against log eps (h fixed), for the
/// O(h^2/eps) statements of Propositions 1 and 2.
/// </summary>
public static class OneStepDrift
{
    /// <summary>Step sizes of the h-slope fit (halving, four points).</summary>
    public static readonly double[] Steps = [0.04, 0.02, 0.01, 0.005];

    /// <summary>Values of eps of the eps-slope fit (doubling, four points).</summary>
    public static readonly double[] Epsilons = [0.5, 1.0, 2.0, 4.0];

    /// <summary>Q(y_{k+1}) - Q(y_k) for one step of size h from (t, y) with eps.</summary>
    public static double Change(NumericCase n, IIntegrator method, double h, double eps)
    {
        var system = new DiffusionSystem(n.System.Force, eps);
        var next = method.Step(system, n.T, h, n.Y).Y;
        return n.Charge.Evaluate(system.Layout, next) - n.Q(n.Y);
    }

    /// <summary>The slope of log|dQ| against log h at eps of the case.</summary>
    public static double SlopeInH(NumericCase n, IIntegrator method) =>
        Slope(Steps, Steps.Select(h => Math.Abs(Change(n, method, h, n.Eps))).ToArray());

    /// <summary>The slope of log|dQ| against log eps at h = 0.01.</summary>
    public static double SlopeInEps(NumericCase n, IIntegrator method) =>
        Slope(Epsilons, Epsilons.Select(eps => Math.Abs(Change(n, method, 0.01, eps))).ToArray());

    /// <summary>Least-squares slope of log v against log u.</summary>
    public static double Slope(double[] u, double[] v)
    {
        var x = u.Select(v => Math.Log(v)).ToArray();
        var y = v.Select(w => Math.Log(w)).ToArray();
        var (mx, my) = (x.Average(), y.Average());

        // slope = sum (x - mx)(y - my) / sum (x - mx)^2
        var num = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var den = x.Sum(a => (a - mx) * (a - mx));
        return num / den;
    }
}
