namespace GrandVerify.Symbolic.Attentions;

/// <summary>
/// An attention written exactly: invariant matrices M_k (built from W, W_K, W_Q), and each
/// G_ij as an expression in the invariant values B^k_ab = x_a^T M_k x_b, supplied as symbols
/// by the caller. <see cref="ScoreInvariant"/> names the k whose B^k_ij the block formula (19)
/// treats as G_ij's only argument.
/// </summary>
public interface ISymbolicAttention
{
    /// <summary>Name, e.g. "row-softmax".</summary>
    string Name { get; }

    /// <summary>Index s of the score invariant B^s.</summary>
    int ScoreInvariant { get; }

    /// <summary>M_1, ..., M_m.</summary>
    IReadOnlyList<ExprMatrix> Invariants(SymbolicAttentionParameters parameters);

    /// <summary>G_ij (0 when w_ij = 0) from b(k, a, b) = B^k_ab.</summary>
    Expr Weight(
        SymbolicGraph graph,
        SymbolicAttentionParameters parameters,
        Func<int, int, int, Expr> b,
        int i,
        int j);
}
