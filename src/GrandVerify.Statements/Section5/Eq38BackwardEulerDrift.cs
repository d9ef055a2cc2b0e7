using GrandVerify.Numerics.Integrators;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (38): y_k^T (J (x) R) y_k = y_{k+1}^T (J (x) R) y_{k+1} + O(h^2/eps) for backward Euler. Exactly,
/// (I - h E)^T (J (x) R) (I - h E) = J (x) R + (h^2/eps)[[0, C R^], [-R^ C, 0]] under C R^ = R^ C
/// (E at t_{k+1}, y_{k+1}), so the remainder is (2 h^2/eps) x_{k+1}^T C R^ p_{k+1}: O(h^2/eps).
/// The paper reaches it through (36), which is misprinted; the statement itself holds.
/// </summary>
public sealed class Eq38BackwardEulerDrift : Statement
{
    public const double NumericStep = 0.05;

    public override string Id => "eq38";

    public override string Claim =>
        "For backward Euler y_k^T (J(x)R) y_k = y_{k+1}^T (J(x)R) y_{k+1} + O(h^2/eps).";

    /// <summary>(I - h E)^T (J (x) R) (I - h E) - J (x) R.</summary>
    public static BlockMatrix Remainder(BlockRelations r) => ChargeDefect(r, Shift(r, -H, E(r)));

    /// <summary>(h^2/eps)[[0, C R^], [-R^ C, 0]].</summary>
    public static BlockMatrix Expected(BlockRelations r) =>
        ((H ^ 2) / Eps) * new BlockMatrix(Zero(r), C(r) * Rh(r), -(Rh(r) * C(r)), Zero(r));

    /// <summary>
    /// Relative mismatch of y_k^T JR y_k - y_{k+1}^T JR y_{k+1} against (2 h^2/eps) (C x)^T R^ p at
    /// y_{k+1}, for the numeric backward Euler step.
    /// </summary>
    public static double Mismatch(NumericCase n)
    {
        var y1 = new BackwardEuler().Step(n.System, n.T, NumericStep, n.Y).Y;
        var difference = (n.Y * n.JR * n.Y) - (y1 * n.JR * y1);
        var expected = 2 * NumericStep * NumericStep / n.Eps * n.ForceRotationPairing(y1);
        return NumericCase.Relative(difference, expected);
    }

    protected override Finding Decide()
    {
        var blocks = Remainder(Commuting) == Expected(Commuting);
        var mismatch = Mismatch(NumericCase.WithCommuting);

        var holds = blocks && mismatch <= NumericCase.SolverTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Block algebra under C R^ = R^ C: (I - hE)^T J(x)R (I - hE) = J(x)R + (h^2/eps)[[0, CR^],"
            + $"[-R^C, 0]] ({Mark(blocks)}), so the remainder is exactly (2h^2/eps) x_(k+1)^T C R^ p_(k+1), which "
            + $"is O(h^2/eps). Numeric backward Euler step (h = {NumericStep}): relative mismatch "
            + $"{mismatch:E1}. "
            + "The paper derives it through the misprinted (36); the statement holds.")
        {
            Forms = [new DerivedForm("(I-hE)^T(J(x)R)(I-hE) - J(x)R", Remainder(Commuting).ToLatex())],
        };
    }
}
