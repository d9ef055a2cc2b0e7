using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (36) as printed: E^T (J (x) R) E = (1/eps)[[0, C], [C, 0]] (J (x) R). Derived:
/// E^T (J (x) R) E = -a b [[0, C R^], [-R^ C, 0]] = (1/eps)[[0, C R^], [-R^ C, 0]] (a b = -1/eps,
/// no relation needed), which equals (1/eps)(I_2 (x) C)(J (x) R) under C R^ = R^ C. The printed
/// matrix is (1/eps)[[-C R^, 0], [0, C R^]], whose quadratic form vanishes when C R^ is skew,
/// i.e. it would make forward Euler conserve the charge; the derived one gives (2/eps) x^T C R^ p.
/// </summary>
public sealed class Eq36EulerQuadraticTerm : Statement
{
    public const string CorrectedLatex =
        @"\mathcal{E}^T(\mathcal{J}\otimes\mathcal{R})\mathcal{E} = \frac{1}{\epsilon}"
        + @"\begin{pmatrix} O & C\hat{R} \\ -\hat{R}C & O \end{pmatrix}"
        + @" = \frac{1}{\epsilon}(I_2\otimes C)(\mathcal{J}\otimes\mathcal{R}),"
        + @"\quad \hat{R} = I_n\otimes\mathcal{R},\ [\mathbb{W},\mathcal{R}] = O";

    public override string Id => "eq36";

    public override string Claim => "E(y)^T (J(x)R) E(y) = (1/eps) [[0, C], [C, 0]] (J(x)R).";

    /// <summary>E^T (J (x) R) E.</summary>
    public static BlockMatrix Derived(BlockRelations r, int sign = 1)
    {
        var e = E(r, sign);
        return e.Transpose() * JR(r) * e;
    }

    /// <summary>(1/eps)[[0, C R^], [-R^ C, 0]].</summary>
    public static BlockMatrix Expected(BlockRelations r) =>
        (1 / Eps) * new BlockMatrix(Zero(r), C(r) * Rh(r), -(Rh(r) * C(r)), Zero(r));

    /// <summary>The printed (1/eps)[[0, C], [C, 0]] (J (x) R).</summary>
    public static BlockMatrix Printed(BlockRelations r) =>
        (1 / Eps) * new BlockMatrix(Zero(r), C(r), C(r), Zero(r)) * JR(r);

    protected override Finding Decide()
    {
        // derived form, with and without the hypothesis
        var derived = Derived(Free) == Expected(Free);
        var diagonalForm = Derived(Commuting) == (1 / Eps) * Diag(C(Commuting)) * JR(Commuting);

        // the print disagrees, even as a quadratic form; its form is zero under C R^ = R^ C
        var printedWrong = Derived(Commuting) != Printed(Commuting)
            && !Derived(Commuting).SameQuadraticForm(Printed(Commuting));
        var printedFormZero = Printed(Commuting).SameQuadraticForm(BlockMatrix.Zero(Commuting));

        // n = 2, d = 2: realised expected form equals E^T JR E entrywise; the print does not
        var c = SymbolicCase.WithCommuting;
        var direct = c.E().Transpose() * c.JR() * c.E();
        var concrete = c.Agrees(Expected(Commuting), direct) && !c.Agrees(Printed(Commuting), direct);

        var falsePrint = derived && diagonalForm && printedWrong && concrete;
        return new Finding(
            falsePrint ? Verdict.FalseAsPrinted : Verdict.Holds,
            "Block algebra: E^T J(x)R E = (1/eps)[[0, CR^],[-R^C, 0]] for every C (a b = -1/eps) "
            + $"({Mark(derived)}); = (1/eps) diag(C, C) J(x)R under C R^ = R^ C ({Mark(diagonalForm)}). The printed "
            + $"(1/eps)[[0,C],[C,0]] J(x)R differs, also as a quadratic form ({Mark(printedWrong)}), and its form "
            + $"is identically zero under the hypothesis ({Mark(printedFormZero)}) whereas the true one is "
            + $"(2/eps) x^T C R^ p. Entrywise at n = 2, d = 2: {Mark(concrete)}.")
        {
            Forms =
            [
                new DerivedForm("corrected (36)", CorrectedLatex),
                new DerivedForm("E^T(J(x)R)E", Derived(Free).ToLatex()),
            ],
        };
    }
}
