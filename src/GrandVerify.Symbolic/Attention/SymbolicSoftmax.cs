namespace GrandVerify.Symbolic.Attentions;

/// <summary>
/// G_ij = w_ij e^{C_ij} / Z_g(ij): Z over all ordered pairs (<see cref="NormalisationScope.Global"/>),
/// over the ordered edge pairs, or over the neighbours of i (row by row).
/// </summary>
public sealed class SymbolicSoftmax(NormalisationScope scope) : ISymbolicAttention
{
    public string Name => scope switch
    {
        NormalisationScope.Global => "softmax",
        NormalisationScope.Edges => "edge-softmax",
        _ => "row-softmax",
    };

    public int ScoreInvariant => 0;

    public IReadOnlyList<ExprMatrix> Invariants(SymbolicAttentionParameters parameters) =>
        [parameters.W];

    public Expr Weight(
        SymbolicGraph graph,
        SymbolicAttentionParameters parameters,
        Func<int, int, int, Expr> b,
        int i,
        int j)
    {
        if (!graph.IsEdge(i, j))
        {
            return Expr.Zero;
        }

        // Z = sum of e^{C_kl} over the group of (i, j)
        var n = graph.NodeCount;
        var z = Expr.Zero;
        for (var k = 0; k < n; k++)
        {
            for (var l = 0; l < n; l++)
            {
                var member = scope switch
                {
                    NormalisationScope.Global => true,
                    NormalisationScope.Edges => graph.IsEdge(k, l),
                    _ => k == i && graph.IsEdge(k, l),
                };
                z += member ? Expr.Exp(b(0, k, l)) : Expr.Zero;
            }
        }

        // G_ij = w_ij e^{C_ij} / Z
        return graph.Weight(i, j) * Expr.Exp(b(0, i, j)) / z;
    }
}
