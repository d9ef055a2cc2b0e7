using GrandVerify.Numerics.Integrators;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using MathNet.Numerics.LinearAlgebra;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (40) and the computation after it, with S = I + h^2/(4 eps) C, k = h^2/(4 eps):
/// <list type="number">
/// <item>I - h/2 E = [[I, -(h a/2) I], [(h e^{-t/eps}/(2 eps)) C, I]];</item>
/// <item>I - h/2 E = [[I, 0], [-(h b/2) C, I]] [[I, -(h a/2) I], [0, S]] (block LU, no relation),
/// so I - h/2 E is invertible iff S is, i.e. iff -4 eps/h^2 is not an eigenvalue of C. The
/// paper's reason ("the diagonal blocks are invertible") is not the condition: they are I;</item>
/// <item>(I - h/2 E)(I + h/2 E) = (I + h/2 E)(I - h/2 E) = I_2 (x) S, hence
/// (I - h/2 E)^{-1} = (I_2 (x) S^{-1})(I + h/2 E), both sides (S^{-1} commutes with C);</item>
/// <item>P = (I_2 (x) S^{-1})(I + h/2 E)^2 = (I + h/2 E)^2 (I_2 (x) S^{-1});</item>
/// <item>(I + h/2 E)^T^2 (J (x) R)(I + h/2 E)^2 = [[0, S^2 R^], [-S^2 R^, 0]] under C R^ = R^ C;</item>
/// <item>P^T (J (x) R) P = J (x) R under C R^ = R^ C (and false without it).</item>
/// </list>
/// </summary>
public sealed class Eq40MidpointMap : Statement
{
    public const double NumericStep = 0.05;

    /// <summary>
    /// I - h/2 E counts as singular when its smallest singular value is below 1e-10 of its
    /// largest: rounding in forming it and in the SVD is ~ 1e-15 relative, so a structurally
    /// singular matrix lands far below this bound and an invertible one of this size far above.
    /// </summary>
    public const double SingularityTolerance = 1e-10;

    public const string ConditionLatex =
        @"\Big(I_{2\hat n}-\tfrac{h}{2}\mathcal{E}\Big)^{-1}\ \text{exists} \iff "
        + @"S = I_{\hat n}+\tfrac{h^2}{4\epsilon}C(\mathbf{y}^{(\xi)})\ \text{is invertible} \iff "
        + @"-\tfrac{4\epsilon}{h^2}\notin\operatorname{spec} C(\mathbf{y}^{(\xi)})";

    public override string Id => "eq40";

    public override string Claim =>
        "(I - h/2 E)^{-1} = (I_2 (x) S^{-1})(I + h/2 E) with S = I + h^2/(4eps) C, "
        + "y_{k+1} = P y_k with P = (I_2 (x) S^{-1})(I + h/2 E)^2 = (I + h/2 E)^2 (I_2 (x) S^{-1}), "
        + "and P^T (J(x)R) P = J(x)R.";

    /// <summary>The printed I - h/2 E = [[I, -(h a/2) I], [(h e^{-t/eps}/(2 eps)) C, I]].</summary>
    public static BlockMatrix PrintedHalfStep(BlockRelations r) =>
        new(I(r), BlockElement.Scalar(r, -H * A / 2), (H * Expr.Exp(-T / Eps) / (2 * Eps)) * C(r), I(r));

    /// <summary>[[I, 0], [-(h b/2) C, I]] [[I, -(h a/2) I], [0, S]].</summary>
    public static BlockMatrix LowerUpper(BlockRelations r) =>
        new BlockMatrix(I(r), Zero(r), (-H * B / 2) * C(r), I(r))
        * new BlockMatrix(I(r), BlockElement.Scalar(r, -H * A / 2), Zero(r), S(r));

    /// <summary>(I - h/2 E)(I + h/2 E) and (I + h/2 E)(I - h/2 E).</summary>
    public static (BlockMatrix MinusPlus, BlockMatrix PlusMinus) Products(BlockRelations r, int sign = 1)
    {
        var (minus, plus) = (Shift(r, -H / 2, E(r, sign)), Shift(r, H / 2, E(r, sign)));
        return (minus * plus, plus * minus);
    }

    /// <summary>(I_2 (x) S^{-1})(I + h/2 E) times I - h/2 E on the left and on the right.</summary>
    public static (BlockMatrix Left, BlockMatrix Right) InverseChecks(BlockRelations r)
    {
        var inverse = Diag(SInverse(r)) * Shift(r, H / 2, E(r));
        var minus = Shift(r, -H / 2, E(r));
        return (inverse * minus, minus * inverse);
    }

    /// <summary>(I + h/2 E^T)^2 (J (x) R) (I + h/2 E)^2.</summary>
    public static BlockMatrix SquaredForm(BlockRelations r)
    {
        var plus2 = Shift(r, H / 2, E(r)).Pow(2);
        return plus2.Transpose() * JR(r) * plus2;
    }

    /// <summary>[[0, G], [G^T, 0]] with G = S^2 R^, as printed.</summary>
    public static BlockMatrix PrintedSquaredForm(BlockRelations r)
    {
        var g = S(r) * S(r) * Rh(r);
        return new BlockMatrix(Zero(r), g, g.Transpose(), Zero(r));
    }

    /// <summary>
    /// The smallest eigenvalue lambda of C at the numeric case, h* = sqrt(-4 eps/lambda), and
    /// sigma_min/sigma_max of I - h*/2 E there.
    /// </summary>
    public static (double Lambda, double HStar, double RelativeSigmaMin) SingularStep(NumericCase n)
    {
        var c = n.System.AssembleC(n.Y);
        var lambda = c.Evd().EigenValues.Select(v => v.Real).Min();
        var hStar = Math.Sqrt(-4 * n.Eps / lambda);
        var e = n.System.Matrix(n.T, n.Y);
        var m = Matrix<double>.Build.DenseIdentity(2 * c.RowCount) - (e * (hStar / 2));
        var sigma = m.Svd(computeVectors: false).S;
        return (lambda, hStar, sigma.Minimum() / sigma.Maximum());
    }

    protected override Finding Decide()
    {
        var r = SchurCommuting;
        var s2 = Diag(S(SchurFree));

        // 1-2: printed I - h/2 E, and its block LU through the Schur complement S
        var printed = PrintedHalfStep(Free) == Shift(Free, -H / 2, E(Free));
        var lu = LowerUpper(Free) == Shift(Free, -H / 2, E(Free));

        // 3: products = I_2 (x) S; the inverse on both sides (no hypothesis on R^)
        var (mp, pm) = Products(SchurFree);
        var products = mp == s2 && pm == s2;
        var (left, right) = InverseChecks(SchurFree);
        var inverse = left == BlockMatrix.Identity(SchurFree) && right == BlockMatrix.Identity(SchurFree);

        // 4: both orders of P
        var squared = Shift(SchurFree, H / 2, E(SchurFree)).Pow(2);
        var orders = P(SchurFree, E(SchurFree)) == squared * Diag(SInverse(SchurFree));

        // 5-6: the displayed form, P^T (J (x) R) P = J (x) R, and the control without the hypothesis
        var display = SquaredForm(Commuting) == PrintedSquaredForm(Commuting);
        var keeps = ChargeDefect(r, P(r, E(r))).IsZero
            && !ChargeDefect(SchurFree, P(SchurFree, E(SchurFree))).IsZero;

        // n = 2, d = 2: the displayed form entrywise
        var c = SymbolicCase.WithCommuting;
        var plus2 = Symbolic.ExprMatrix.Identity(8) + ((H / 2) * c.E());
        plus2 *= plus2;
        var concrete = c.Agrees(PrintedSquaredForm(Commuting), plus2.Transpose() * c.JR() * plus2);

        // numeric: P of the model keeps J (x) R; and a step size where S is singular
        var n = NumericCase.WithCommuting;
        var pNumeric = MidpointMap.Matrix(n.System, n.T, NumericStep, n.Y);
        var numericDefect = NumericCase.Relative(pNumeric.Transpose() * n.JR * pNumeric, n.JR);
        var blockP = NumericCase.Relative(n.Evaluate(P(r, E(r)), n.T, NumericStep, n.Y), pNumeric);
        var (lambda, hStar, sigma) = SingularStep(n);

        var holds = printed && lu && products && inverse && orders && display && keeps && concrete
            && numericDefect <= NumericCase.RoundingTolerance && blockP <= NumericCase.RoundingTolerance
            && sigma <= SingularityTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            $"Block algebra: printed I - h/2 E ({Mark(printed)}); block LU I - h/2 E = [[I,0],[-(hb/2)C,I]]"
            + $"[[I,-(ha/2)I],[0,S]] ({Mark(lu)}); (I -+ h/2 E)(I +- h/2 E) = I_2 (x) S ({Mark(products)}); inverse "
            + $"(I_2 (x) S^(-1))(I + h/2 E) on both sides ({Mark(inverse)}); both orders of P ({Mark(orders)}); the "
            + $"displayed [[0,G],[G^T,0]], G = S^2 R^ ({Mark(display)}, entrywise at n = 2, d = 2: {Mark(concrete)}); "
            + $"P^T J(x)R P = J(x)R under C R^ = R^ C and not without it ({Mark(keeps)}). Numerically the model's "
            + $"P keeps J(x)R (relative defect {numericDefect:E1}) and equals the block P ({blockP:E1}). "
            + "The printed reason for invertibility (diagonal blocks invertible) is not the condition: the "
            + $"diagonal blocks are I, yet at h* = {hStar:G4} (C has eigenvalue {lambda:G4} = -4eps/h*^2) "
            + $"I - h*/2 E is singular (sigma_min/sigma_max = {sigma:E1}). Exact condition: S invertible.")
        {
            Forms =
            [
                new DerivedForm("invertibility", ConditionLatex),
                new DerivedForm("(I - h/2 E)(I + h/2 E)", mp.ToLatex()),
                new DerivedForm("(I + h/2 E)^T^2 (J(x)R) (I + h/2 E)^2", SquaredForm(Commuting).ToLatex()),
            ],
        };
    }
}
