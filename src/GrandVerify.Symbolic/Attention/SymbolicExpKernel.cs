namespace GrandVerify.Symbolic.Attentions;

/// <summary>
/// G_ij = w_ij exp(-(K_i^2 + Q_j^2 - M_ij - M_ji) / zeta^2) with invariants W_K^T W_K,
/// W_Q^T W_Q and W_K^T W_Q + W_Q^T W_K (= W when W_K = I, W_Q = W/2).
/// </summary>
public sealed class SymbolicExpKernel : ISymbolicAttention
{
    public string Name => "exp-kernel";

    public int ScoreInvariant => 2;

    public IReadOnlyList<ExprMatrix> Invariants(SymbolicAttentionParameters parameters)
    {
        var (k, q) = (parameters.Keys, parameters.Queries);
        var m = k.Transpose() * q;
        return [k.Transpose() * k, q.Transpose() * q, m + m.Transpose()];
    }

    public Expr Weight(
        SymbolicGraph graph,
        SymbolicAttentionParameters parameters,
        Func<int, int, int, Expr> b,
        int i,
        int j) =>
        graph.IsEdge(i, j)
            ? graph.Weight(i, j)
                * Expr.Exp(-(b(0, i, i) + b(1, j, j) - b(2, i, j)) / parameters.Zeta.Pow(2))
            : Expr.Zero;
}
