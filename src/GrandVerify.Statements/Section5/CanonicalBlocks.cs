using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// The matrices of Sections 4-5 in the dimension-free block algebra, state y = (x, p):
/// E = [[0, a I], [b C, 0]] with a = e^{t/eps}, b = -e^{-t/eps}/eps (30), J (x) R = [[0, R^],
/// [-R^, 0]] (26), B = (1/eps)[[0, eps I], [s C, I]] (20) with s = +1 as printed and s = -1 as
/// derived from (17), and S = I + k C with k = h^2/(4 eps) (40).
/// </summary>
public static class CanonicalBlocks
{
    /// <summary>Time t.</summary>
    public static readonly Expr T = Expr.Sym("t");

    /// <summary>eps &gt; 0.</summary>
    public static readonly Expr Eps = Expr.Sym("eps");

    /// <summary>Step size h.</summary>
    public static readonly Expr H = Expr.Sym("h");

    /// <summary>a = e^{t/eps}.</summary>
    public static readonly Expr A = Expr.Exp(T / Eps);

    /// <summary>b = -e^{-t/eps}/eps.</summary>
    public static readonly Expr B = -Expr.Exp(-T / Eps) / Eps;

    /// <summary>k = h^2/(4 eps), so S = I + k C and a b h^2/4 = -k.</summary>
    public static readonly Expr K = (H ^ 2) / (4 * Eps);

    /// <summary>No relations (the hypothesis C R^ = R^ C dropped).</summary>
    public static BlockRelations Free => BlockRelations.Free;

    /// <summary>C R^ = R^ C, the consequence of [W, R] = 0.</summary>
    public static BlockRelations Commuting => BlockRelations.CommutingRotation;

    /// <summary>S^{-1} as a generator, C R^ = R^ C not assumed.</summary>
    public static BlockRelations SchurFree { get; } = BlockRelations.Create(commuting: false, K);

    /// <summary>S^{-1} as a generator and C R^ = R^ C.</summary>
    public static BlockRelations SchurCommuting { get; } = BlockRelations.Create(commuting: true, K);

    public static BlockElement I(BlockRelations r) => BlockElement.Identity(r);

    public static BlockElement Zero(BlockRelations r) => BlockElement.Zero(r);

    public static BlockElement C(BlockRelations r) => BlockElement.Of(r, BlockGenerator.C);

    public static BlockElement Rh(BlockRelations r) => BlockElement.Of(r, BlockGenerator.Rh);

    public static BlockElement SInverse(BlockRelations r) => BlockElement.Of(r, BlockGenerator.SInverse);

    /// <summary>S = I + h^2/(4 eps) C.</summary>
    public static BlockElement S(BlockRelations r) => I(r) + (K * C(r));

    /// <summary>E = [[0, a I], [s b C, 0]]; s = +1 is (30), s = -1 the sign-flipped control.</summary>
    public static BlockMatrix E(BlockRelations r, int sign = 1) =>
        new(Zero(r), BlockElement.Scalar(r, A), (sign * B) * C(r), Zero(r));

    /// <summary>J (x) R = [[0, R^], [-R^, 0]].</summary>
    public static BlockMatrix JR(BlockRelations r) => new(Zero(r), Rh(r), -Rh(r), Zero(r));

    /// <summary>B = (1/eps)[[0, eps I], [s C, I]]; s = +1 printed (20), s = -1 derived.</summary>
    public static BlockMatrix BMatrix(BlockRelations r, int sign) =>
        (1 / Eps) * new BlockMatrix(Zero(r), BlockElement.Scalar(r, Eps), sign * C(r), I(r));

    /// <summary>I + c E.</summary>
    public static BlockMatrix Shift(BlockRelations r, Expr c, BlockMatrix e) =>
        BlockMatrix.Identity(r) + (c * e);

    /// <summary>I_2 (x) X.</summary>
    public static BlockMatrix Diag(BlockElement x) => BlockMatrix.Diagonal(x);

    /// <summary>The midpoint map P = (I_2 (x) S^{-1}) (I + h/2 E)^2 of (40).</summary>
    public static BlockMatrix P(BlockRelations r, BlockMatrix e) =>
        Diag(SInverse(r)) * Shift(r, H / 2, e).Pow(2);

    /// <summary>M^T (J (x) R) M - J (x) R: zero iff y -> M y keeps every charge.</summary>
    public static BlockMatrix ChargeDefect(BlockRelations r, BlockMatrix m) =>
        (m.Transpose() * JR(r) * m) - JR(r);
}
