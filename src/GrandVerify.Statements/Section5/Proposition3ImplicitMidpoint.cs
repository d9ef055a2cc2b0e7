using GrandVerify.Numerics.Integrators;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// Proposition 3: the implicit midpoint rule (41), y_{k+1} = y_k + h E(t_{k+1/2}, xi) xi with
/// xi = (y_k + y_{k+1})/2, keeps the charge. Its step is y_{k+1} = P(xi) y_k with P of (40), and
/// P^T (J (x) R) P = J (x) R holds in the block algebra for C = C(xi) whatever xi is, given
/// C R^ = R^ C and S invertible. Numerically: (41) is satisfied to solver tolerance, the charge
/// is kept to rounding over a window of steps, far below the forward Euler baseline.
/// </summary>
public sealed class Proposition3ImplicitMidpoint : Statement
{
    public const double NumericStep = 0.02;

    public const int WindowSteps = 20;

    public override string Id => "prop3";

    public override string Claim =>
        "The implicit midpoint rule y_{k+1} = y_k + h E((y_{k+1}+y_k)/2)(y_{k+1}+y_k)/2 "
        + "preserves the charge.";

    /// <summary>max_k |Q_k - Q_0| / |Q_0| over <see cref="WindowSteps"/> steps of the method.</summary>
    public static double WindowDrift(NumericCase n, IIntegrator method)
    {
        var (y, t, worst) = (n.Y, n.T, 0.0);
        var q0 = n.Q(n.Y);
        for (var k = 0; k < WindowSteps; k++)
        {
            y = method.Step(n.System, t, NumericStep, y).Y;
            t += NumericStep;
            worst = Math.Max(worst, Math.Abs(n.Q(y) - q0) / Math.Abs(q0));
        }

        return worst;
    }

    /// <summary>|y1 - y0 - h E(t + h/2, xi) xi| / |y1|, xi = (y0 + y1)/2, for one midpoint step.</summary>
    public static double Residual(NumericCase n)
    {
        var y1 = new ImplicitMidpoint().Step(n.System, n.T, NumericStep, n.Y).Y;
        var xi = (n.Y + y1) * 0.5;
        var e = n.System.Matrix(n.T + (NumericStep / 2), xi);
        return (y1 - n.Y - (e * xi * NumericStep)).L2Norm() / y1.L2Norm();
    }

    protected override Finding Decide()
    {
        // P(xi) keeps J (x) R; forward Euler's I + hE does not (negative control)
        var blocks = ChargeDefect(SchurCommuting, P(SchurCommuting, E(SchurCommuting))).IsZero
            && !ChargeDefect(Commuting, Shift(Commuting, H, E(Commuting))).IsZero;

        var n = NumericCase.WithCommuting;
        var residual = Residual(n);
        var midpoint = WindowDrift(n, new ImplicitMidpoint());
        var euler = WindowDrift(n, new ForwardEuler());
        var broken = WindowDrift(NumericCase.Generic, new ImplicitMidpoint());

        var holds = blocks && residual <= NumericCase.SolverTolerance
            && midpoint <= NumericCase.RoundingTolerance && euler > 1e3 * midpoint
            && broken > NumericCase.RoundingTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            $"Block algebra: P(xi)^T J(x)R P(xi) = J(x)R for any C(xi) commuting with R^ ({Mark(blocks)}). "
            + $"Numeric ({n.Label}, h = {NumericStep}): residual of (41) {residual:E1}; max relative "
            + $"charge change over {WindowSteps} steps {midpoint:E1} (forward Euler {euler:E1}; midpoint "
            + $"with [W,R] != 0 {broken:E1}). Requires S = I + h^2/(4eps) C(xi) invertible at each step.")
        {
            Forms =
            [
                new DerivedForm("midpoint map keeps J(x)R",
                    @"\mathcal{P}^T(\mathcal{J}\otimes\mathcal{R})\mathcal{P} = \mathcal{J}\otimes\mathcal{R}"),
            ],
        };
    }

}
