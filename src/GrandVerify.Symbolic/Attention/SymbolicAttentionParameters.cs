namespace GrandVerify.Symbolic.Attentions;

/// <summary>
/// Exact parameters of an attention: W (symmetric, d x d), key and query matrices W_K, W_Q
/// (d' x d) and the kernel length zeta; entries may be rationals or symbols.
/// <see cref="FromCoupling"/> takes W_K = I and W_Q = W/2, so M_ij + M_ji = x_i^T W x_j.
/// </summary>
public sealed record SymbolicAttentionParameters(
    ExprMatrix W, ExprMatrix Keys, ExprMatrix Queries, Expr Zeta)
{
    /// <summary>d.</summary>
    public int Dimension => W.Rows;

    /// <summary>W given, W_K = I_d, W_Q = W/2, zeta given.</summary>
    public static SymbolicAttentionParameters FromCoupling(ExprMatrix w, Expr zeta)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(zeta);
        return new(w, ExprMatrix.Identity(w.Rows), new Rational(1, 2) * w, zeta);
    }
}
