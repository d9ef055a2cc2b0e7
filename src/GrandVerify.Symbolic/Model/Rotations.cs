namespace GrandVerify.Symbolic.Model;

/// <summary>
/// Skew-symmetric generators of so(d) (Section 2, (23)): the generic R with symbols R_ab = -R_ba
/// (a &gt; b, 1-based) and the basis R_{a,b} = e_a e_b^T - e_b e_a^T, a &gt; b, in the order
/// (2,1), (3,1), (3,2), (4,1), ... labelled Q1, Q2, ....
/// </summary>
public static class Rotations
{
    /// <summary>The generic skew d x d matrix with symbols R_ab for a &gt; b.</summary>
    public static ExprMatrix Generic(int d) => ExprMatrix.Build(d, d, (a, b) =>
        a == b ? Expr.Zero
        : a > b ? Expr.Of(Symbol.Get("R", $"{a + 1}{b + 1}"))
        : -Expr.Of(Symbol.Get("R", $"{b + 1}{a + 1}")));

    /// <summary>The basis element R_{a,b} (1-based, a &gt; b).</summary>
    public static ExprMatrix Basis(int d, int a, int b)
    {
        if (b < 1 || a <= b || a > d)
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"need 1 <= b < a <= d, got ({a}, {b}), d = {d}.");
        }

        return ExprMatrix.Build(d, d, (r, c) =>
            r == a - 1 && c == b - 1 ? Expr.One : r == b - 1 && c == a - 1 ? -Expr.One : Expr.Zero);
    }

    /// <summary>[W, R] = W R - R W.</summary>
    public static ExprMatrix Commutator(ExprMatrix w, ExprMatrix r) => ExprMatrix.Commutator(w, r);
}
