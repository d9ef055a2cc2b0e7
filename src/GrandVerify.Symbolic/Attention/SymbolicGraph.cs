namespace GrandVerify.Symbolic.Attentions;

/// <summary>A small weighted graph for exact derivations: n nodes (0-based), undirected
/// edges (i, j, w_ij) with exact rational weights.</summary>
public sealed class SymbolicGraph
{
    private readonly Rational[,] weights;

    public SymbolicGraph(int nodeCount, IEnumerable<(int I, int J, Rational W)> edges)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 2);
        ArgumentNullException.ThrowIfNull(edges);
        NodeCount = nodeCount;
        weights = new Rational[nodeCount, nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            for (var j = 0; j < nodeCount; j++)
            {
                weights[i, j] = Rational.Zero;
            }
        }

        foreach (var (i, j, w) in edges)
        {
            if (i == j || i < 0 || j < 0 || i >= nodeCount || j >= nodeCount)
            {
                throw new ArgumentException($"edge ({i}, {j}) is not between distinct nodes 0..{nodeCount - 1}");
            }

            weights[i, j] = w;
            weights[j, i] = w;
        }
    }

    /// <summary>n.</summary>
    public int NodeCount { get; }

    /// <summary>w_ij (zero when there is no edge).</summary>
    public Rational Weight(int i, int j) => weights[i, j];

    /// <summary>True when w_ij != 0.</summary>
    public bool IsEdge(int i, int j) => !weights[i, j].IsZero;

    /// <summary>The complete graph K_n with unit weights.</summary>
    public static SymbolicGraph Complete(int n) => new(n,
        from i in Enumerable.Range(0, n)
        from j in Enumerable.Range(0, n)
        where i < j
        select (i, j, Rational.One));

    /// <summary>The path 0 - 1 - ... - (n-1) with weights 1, 2, ..., n-1.</summary>
    public static SymbolicGraph WeightedPath(int n) =>
        new(n, Enumerable.Range(0, n - 1).Select(i => (i, i + 1, (Rational)(i + 1))));
}
