using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section3;

/// <summary>
/// The scores of (7), (8), (18) built from symbolic key and query matrices W_K, W_Q of size
/// d' x d (d = 2, d' = 3) and two feature vectors x_1, x_2.
/// </summary>
public static class KeyQueryScores
{
    public const int D = 2;

    public const int DPrime = 3;

    public static ExprMatrix Keys { get; } = Symbols("K", DPrime, D);

    public static ExprMatrix Queries { get; } = Symbols("Q", DPrime, D);

    public static ExprMatrix X1 { get; } = Symbols("y", D, 1, "1");

    public static ExprMatrix X2 { get; } = Symbols("y", D, 1, "2");

    /// <summary>M_ij = (W_K x_i)^T (W_Q x_j)   (7).</summary>
    public static Expr M(ExprMatrix xi, ExprMatrix xj) => ((Keys * xi).Transpose() * (Queries * xj))[0, 0];

    /// <summary>C_ij = M_ij + M_ji   (8).</summary>
    public static Expr C(ExprMatrix xi, ExprMatrix xj) => M(xi, xj) + M(xj, xi);

    /// <summary>W = W_K^T W_Q + W_Q^T W_K   (18).</summary>
    public static ExprMatrix W => Keys.Transpose() * Queries + Queries.Transpose() * Keys;

    private static ExprMatrix Symbols(string name, int rows, int cols, string node = "") =>
        ExprMatrix.Build(rows, cols, (r, c) => Expr.Of(cols == 1
            ? Symbol.Get(name, node, $"{r + 1}")
            : Symbol.Get(name, $"{r + 1}{c + 1}")));
}
