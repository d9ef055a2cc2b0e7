using GrandVerify.Numerics.Integrators;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (34): forward Euler y_{k+1} = y_k + h E(t_k, y_k) y_k. Checked against the numeric
/// integrator: its step equals (I + h E) y_k with E of (30) assembled as a matrix.
/// </summary>
public sealed class Eq34ForwardEuler : Statement
{
    public const double NumericStep = 0.05;

    public override string Id => "eq34";

    public override string Claim => "Forward Euler reads y_{k+1} = y_k + h E(y_k) y_k.";

    /// <summary>|step - (I + h E) y| / |step| for the integrator.</summary>
    public static double Mismatch(NumericCase n, IIntegrator method)
    {
        var step = method.Step(n.System, n.T, NumericStep, n.Y).Y;
        var expected = n.Y + (n.System.Matrix(n.T, n.Y) * n.Y * NumericStep);
        return (step - expected).L2Norm() / step.L2Norm();
    }

    protected override Finding Decide()
    {
        var mismatch = Mismatch(NumericCase.WithCommuting, new ForwardEuler());
        var holds = mismatch <= NumericCase.RoundingTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "The forward Euler step of the numeric model equals y_k + h E(t_k, y_k) y_k at "
            + $"h = {NumericStep}, "
            + $"{NumericCase.WithCommuting.Label}: relative mismatch {mismatch:E1}.");
    }
}
