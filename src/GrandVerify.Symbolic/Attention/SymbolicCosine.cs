namespace GrandVerify.Symbolic.Attentions;

/// <summary>
/// G_ij = w_ij M_ij / (K_i Q_j), M_ij = (W_K x_i)^T W_Q x_j, K_i = sqrt(x_i^T W_K^T W_K x_i),
/// Q_j = sqrt(x_j^T W_Q^T W_Q x_j); invariants W_K^T W_Q, W_K^T W_K, W_Q^T W_Q.
/// </summary>
public sealed class SymbolicCosine : ISymbolicAttention
{
    public string Name => "cosine";

    public int ScoreInvariant => 0;

    public IReadOnlyList<ExprMatrix> Invariants(SymbolicAttentionParameters parameters)
    {
        var (k, q) = (parameters.Keys, parameters.Queries);
        return [k.Transpose() * q, k.Transpose() * k, q.Transpose() * q];
    }

    public Expr Weight(
        SymbolicGraph graph,
        SymbolicAttentionParameters parameters,
        Func<int, int, int, Expr> b,
        int i,
        int j) =>
        graph.IsEdge(i, j)
            ? graph.Weight(i, j) * b(0, i, j) / (Expr.Sqrt(b(1, i, i)) * Expr.Sqrt(b(2, j, j)))
            : Expr.Zero;
}
