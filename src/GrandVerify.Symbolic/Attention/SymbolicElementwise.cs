namespace GrandVerify.Symbolic.Attentions;

/// <summary>G_ij = w_ij g(C_ij), C_ij = x_i^T W x_j (9), (18); one invariant M_1 = W.</summary>
public sealed class SymbolicElementwise : ISymbolicAttention
{
    private readonly Func<Expr, Expr> g;

    public SymbolicElementwise(string name, Func<Expr, Expr> g)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(g);
        Name = name;
        this.g = g;
    }

    public string Name { get; }

    public int ScoreInvariant => 0;

    /// <summary>g given as an expression in the symbol <paramref name="c"/>.</summary>
    public static SymbolicElementwise FromExpression(string name, Expr body, Symbol c) =>
        new(name, u => body.Substitute(c, u));

    public IReadOnlyList<ExprMatrix> Invariants(SymbolicAttentionParameters parameters) =>
        [parameters.W];

    public Expr Weight(
        SymbolicGraph graph,
        SymbolicAttentionParameters parameters,
        Func<int, int, int, Expr> b,
        int i,
        int j) =>
        graph.IsEdge(i, j) ? graph.Weight(i, j) * g(b(0, i, j)) : Expr.Zero;
}
