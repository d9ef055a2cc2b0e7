using GrandVerify.Numerics.Integrators;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// Proposition 1: forward Euler does not keep the charge. Exactly, with [W, R] = 0,
/// Q_{k+1} - Q_k = -(1/2) y_k^T ((I + hE)^T (J (x) R)(I + hE) - J (x) R) y_k
///              = -(h^2/eps) sum_i (C(x_k) x_k)_i^T R p_{k,i},
/// derived as a quadratic form in the block algebra, and checked on the numeric model (exact
/// formula to rounding, slopes 2 in h and -1 in eps).
/// </summary>
public sealed class Proposition1ForwardEulerDrift : Statement
{
    public const double NumericStep = 0.02;

    /// <summary>
    /// The change is exactly c h^2/eps at a fixed state, so fitted slopes differ from 2 and -1
    /// only by rounding of the logs (~1e-10); 0.01 is generous.
    /// </summary>
    public const double SlopeTolerance = 0.01;

    public override string Id => "prop1";

    public override string Claim =>
        "Forward Euler does not preserve the charge: y_{k+1}^T JR y_{k+1} = y_k^T JR y_k + O(h^2/eps).";

    /// <summary>The matrix of Q_{k+1} - Q_k as a quadratic form in y_k for the step matrix M.</summary>
    public static BlockMatrix Drift(BlockRelations r, BlockMatrix step) =>
        (-1 / (Expr)2) * ChargeDefect(r, step);

    /// <summary>[[0, s (h^2/eps) C R^], [0, 0]]: the form s (h^2/eps) x^T C R^ p.</summary>
    public static BlockMatrix Pairing(BlockRelations r, int sign) =>
        new(Zero(r), ((sign * (H ^ 2)) / Eps) * (C(r) * Rh(r)), Zero(r), Zero(r));

    /// <summary>Relative mismatch of the numeric one-step change against -(h^2/eps)(C x)^T R^ p.</summary>
    public static double Mismatch(NumericCase n)
    {
        var change = OneStepDrift.Change(n, new ForwardEuler(), NumericStep, n.Eps);
        var formula = -NumericStep * NumericStep / n.Eps * n.ForceRotationPairing(n.Y);
        return NumericCase.Relative(change, formula);
    }

    /// <summary>
    /// Q((I + hE) y) - Q(y) + (h^2/eps)(C x)^T R^ p at n = 2, d = 2 with symbolic y, h, t, eps:
    /// zero for C commuting with R^.
    /// </summary>
    public static Expr ConcreteResidual(SymbolicCase c)
    {
        var y = SymbolicCase.State;
        var next = y + (H * (c.E() * y));
        return c.Charge(next) - c.Charge(y) + ((H ^ 2) / Eps * c.ForceRotationPairing());
    }

    protected override Finding Decide()
    {
        var euler = Shift(Commuting, H, E(Commuting));
        var blocks = Drift(Commuting, euler).SameQuadraticForm(Pairing(Commuting, -1));
        var control = !Drift(Free, Shift(Free, H, E(Free))).SameQuadraticForm(Pairing(Free, -1));
        var concrete = ConcreteResidual(SymbolicCase.WithCommuting).IsZero
            && !ConcreteResidual(SymbolicCase.Generic).IsZero;

        var n = NumericCase.WithCommuting;
        var mismatch = Mismatch(n);
        var nonzero = Math.Abs(n.ForceRotationPairing(n.Y)) > 0;
        var method = new ForwardEuler();
        var (slopeH, slopeEps) = (OneStepDrift.SlopeInH(n, method), OneStepDrift.SlopeInEps(n, method));

        var holds = blocks && control && concrete && nonzero && mismatch <= NumericCase.RoundingTolerance
            && Math.Abs(slopeH - 2) <= SlopeTolerance && Math.Abs(slopeEps + 1) <= SlopeTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Block algebra under C R^ = R^ C: Q_(k+1) - Q_k = -(h^2/eps) x_k^T C R^ p_k as quadratic forms "
            + $"({Mark(blocks)}; without the hypothesis an O(h) term b h x^T(R^C - CR^)x/2 remains: {Mark(control)}); "
            + $"exactly at n = 2, d = 2 with symbolic x, p, h, t, eps ({Mark(concrete)}). "
            + $"Numeric ({n.Label}, h = {NumericStep}): relative mismatch {mismatch:E1}; fitted slopes "
            + $"{slopeH:F4} in h and {slopeEps:F4} in eps. The conclusion holds; the paper's proof passes "
            + "through the misprinted (36), whose matrix would give zero change.")
        {
            Forms =
            [
                new DerivedForm("exact one-step change",
                    @"Q_{k+1}-Q_k = -\frac{h^2}{\epsilon}\sum_i "
                    + @"\big(C(\mathbf{x}^{(k)})\mathbf{x}^{(k)}\big)_i^T"
                    + @"\mathcal{R}\,\mathbf{p}^{(k)}_i"),
            ],
        };
    }
}
