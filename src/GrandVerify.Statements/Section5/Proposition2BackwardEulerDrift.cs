using GrandVerify.Numerics.Integrators;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// Proposition 2: backward Euler does not keep the charge. From y_k = (I - hE) y_{k+1} with E at
/// (t_{k+1}, y_{k+1}) and [W, R] = 0:
/// Q_{k+1} - Q_k = +(h^2/eps) sum_i (C(x_{k+1}) x_{k+1})_i^T R p_{k+1,i},
/// derived in the block algebra, checked on the numeric model to solver tolerance, with slopes
/// close to 2 in h and -1 in eps.
/// </summary>
public sealed class Proposition2BackwardEulerDrift : Statement
{
    public const double NumericStep = 0.02;

    /// <summary>
    /// y_{k+1} moves by O(h) across the fit, so log|dQ| deviates from an exact power by a few
    /// percent over a factor 8 in h or eps: slopes within 0.1 of 2 and -1.
    /// </summary>
    public const double SlopeTolerance = 0.1;

    public override string Id => "prop2";

    public override string Claim =>
        "Backward Euler does not preserve the charge: y_k^T JR y_k = y_{k+1}^T JR y_{k+1} + O(h^2/eps).";

    /// <summary>
    /// Q_{k+1} - Q_k as a quadratic form in y_{k+1} for y_k = M y_{k+1}:
    /// (1/2)(M^T (J (x) R) M - J (x) R).
    /// </summary>
    public static BlockMatrix Drift(BlockRelations r, BlockMatrix backward) =>
        -1 * Proposition1ForwardEulerDrift.Drift(r, backward);

    /// <summary>Relative mismatch of the numeric change against +(h^2/eps)(C x)^T R^ p at y_{k+1}.</summary>
    public static double Mismatch(NumericCase n)
    {
        var next = new BackwardEuler().Step(n.System, n.T, NumericStep, n.Y).Y;
        var change = n.Q(next) - n.Q(n.Y);
        var formula = NumericStep * NumericStep / n.Eps * n.ForceRotationPairing(next);
        return NumericCase.Relative(change, formula);
    }

    /// <summary>
    /// Q(y) - Q((I - hE) y) - (h^2/eps)(C x)^T R^ p at n = 2, d = 2, y = y_{k+1} symbolic and
    /// y_k = (I - hE(y_{k+1})) y_{k+1} (37): zero for C commuting with R^.
    /// </summary>
    public static Expr ConcreteResidual(SymbolicCase c)
    {
        var y = SymbolicCase.State;
        var previous = y - (H * (c.E() * y));
        return c.Charge(y) - c.Charge(previous) - ((H ^ 2) / Eps * c.ForceRotationPairing());
    }

    protected override Finding Decide()
    {
        // Q_{k+1} - Q_k = -(Q_k - Q_{k+1}) = (1/2) y^T ((I - hE)^T JR (I - hE) - JR) y at k+1
        var backward = Shift(Commuting, -H, E(Commuting));
        var blocks = Drift(Commuting, backward).SameQuadraticForm(
            Proposition1ForwardEulerDrift.Pairing(Commuting, 1));
        var control = !Drift(Free, Shift(Free, -H, E(Free))).SameQuadraticForm(
            Proposition1ForwardEulerDrift.Pairing(Free, 1));
        var concrete = ConcreteResidual(SymbolicCase.WithCommuting).IsZero
            && !ConcreteResidual(SymbolicCase.Generic).IsZero;

        var n = NumericCase.WithCommuting;
        var mismatch = Mismatch(n);
        var method = new BackwardEuler();
        var (slopeH, slopeEps) = (OneStepDrift.SlopeInH(n, method), OneStepDrift.SlopeInEps(n, method));

        var holds = blocks && control && concrete && mismatch <= NumericCase.SolverTolerance
            && Math.Abs(slopeH - 2) <= SlopeTolerance && Math.Abs(slopeEps + 1) <= SlopeTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Block algebra under C R^ = R^ C: Q_(k+1) - Q_k = +(h^2/eps) x_(k+1)^T C R^ p_(k+1) "
            + $"({Mark(blocks)}; fails without the hypothesis: {Mark(control)}); exactly at n = 2, d = 2 with symbolic "
            + $"y_(k+1), h, t, eps ({Mark(concrete)}). Numeric ({n.Label}, h = {NumericStep}): "
            + $"relative mismatch {mismatch:E1} (fixed-point tolerance 1e-13); slopes {slopeH:F3} in h, "
            + $"{slopeEps:F3} in eps.")
        {
            Forms =
            [
                new DerivedForm("exact one-step change",
                    @"Q_{k+1}-Q_k = +\frac{h^2}{\epsilon}\sum_i "
                    + @"\big(C(\mathbf{x}^{(k+1)})\mathbf{x}^{(k+1)}\big)_i^T"
                    + @"\mathcal{R}\,\mathbf{p}^{(k+1)}_i"),
            ],
        };
    }
}
