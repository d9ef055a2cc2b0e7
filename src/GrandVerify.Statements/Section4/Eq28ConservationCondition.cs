using GrandVerify.Statements.Section5;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// (28): dQ/dt = 0 iff Y^T K Y = 0 with, from (27), K = (1/eps)(J (x) R) - (B^T (J (x) R) +
/// (J (x) R) B). As printed the parenthesis is lost: (1/eps) J (x) R - B^T J (x) R + J (x) R B,
/// whose quadratic form is that of (1/eps) J (x) R alone ((J (x) R) B - B^T (J (x) R) is skew),
/// so the printed condition would read "Q = 0". Decided by comparing symmetric parts.
/// </summary>
public sealed class Eq28ConservationCondition : Statement
{
    public const string CorrectedLatex =
        @"\frac{dQ_\Lambda}{dt}=0 \iff \mathbf{Y}^T\Big(\tfrac{1}{\epsilon}(\mathcal{J}\otimes\mathcal{R})"
        + @" - \big(\mathcal{B}(\mathbf{Y})^T(\mathcal{J}\otimes\mathcal{R})"
        + @" + (\mathcal{J}\otimes\mathcal{R})"
        + @"\mathcal{B}(\mathbf{Y})\big)\Big)\mathbf{Y} = 0";

    public override string Id => "eq28";

    public override string Claim =>
        "dQ/dt = 0 iff Y^T ((1/eps) J(x)R - B^T J(x)R + J(x)R B) Y = 0 (as printed).";

    /// <summary>K = (1/eps) J (x) R - (B^T J (x) R + J (x) R B), from (27).</summary>
    public static BlockMatrix Derived(BlockRelations r, int sign)
    {
        var (b, jr) = (BMatrix(r, sign), JR(r));
        return ((1 / Eps) * jr) - ((b.Transpose() * jr) + (jr * b));
    }

    /// <summary>The printed (1/eps) J (x) R - B^T J (x) R + J (x) R B.</summary>
    public static BlockMatrix Printed(BlockRelations r, int sign)
    {
        var (b, jr) = (BMatrix(r, sign), JR(r));
        return ((1 / Eps) * jr) - (b.Transpose() * jr) + (jr * b);
    }

    protected override Finding Decide()
    {
        var signs = new[] { 1, -1 };

        // the printed and the derived matrices define different quadratic forms
        var differ = signs.All(s => !Derived(Free, s).SameQuadraticForm(Printed(Free, s))
            && !Derived(Commuting, s).SameQuadraticForm(Printed(Commuting, s)));

        // the printed one has the quadratic form of (1/eps) J (x) R, i.e. of -2 e^{t/eps} Q / eps
        var printedIsCharge = signs.All(s => Printed(Free, s).SameQuadraticForm((1 / Eps) * JR(Free)));

        // n = 2, d = 2: Y^T K Y and Y^T K_printed Y differ entrywise
        var c = SymbolicCase.Generic;
        var concrete = SymbolicCase.Quadratic(c.Realisation.Evaluate(Derived(Free, 1)))
            != SymbolicCase.Quadratic(c.Realisation.Evaluate(Printed(Free, 1)));

        var falsePrint = differ && printedIsCharge && concrete;
        return new Finding(
            falsePrint ? Verdict.FalseAsPrinted : Verdict.Holds,
            "From (27) the condition matrix is (1/eps)J(x)R - (B^T J(x)R + J(x)R B); the print drops the "
            + "parenthesis. Since (J(x)R B)^T = B^T J(x)R, the printed -B^T J(x)R + J(x)R B is skew and "
            + $"the printed condition reduces to Y^T (J(x)R) Y = 0, i.e. Q = 0: {Mark(printedIsCharge)}. "
            + $"Quadratic forms differ (block algebra, both signs of C, with and without C R^ = R^ C): "
            + $"{Mark(differ)}; at n = 2, d = 2: {Mark(concrete)}.")
        {
            Forms =
            [
                new DerivedForm("corrected (28)", CorrectedLatex),
                new DerivedForm("condition matrix", Derived(Free, 1).ToLatex()),
            ],
        };
    }
}
