using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Graphs;

/// <summary>
/// Undirected graph on nodes 0..n-1 without self-loops, with positive edge weights w_ij = w_ji
/// (w_ij = 0 when i and j are not adjacent). The weights are the w_ij of G_ij = w_ij g(C_ij) (9).
/// Immutable; the adjacency view is a copy.
/// </summary>
public sealed class Graph
{
    /// <summary>
    /// Tolerance for the symmetry of an adjacency matrix: exact, since weights are data.
    /// </summary>
    public const double AdjacencySymmetryTolerance = 0.0;

    private readonly double[,] weights;
    private readonly Edge[] edges;

    /// <summary>Builds a graph from its node count and edges; validates every edge.</summary>
    public Graph(int nodeCount, IEnumerable<Edge> edges, string sourceName = "edges")
    {
        ArgumentNullException.ThrowIfNull(edges);
        if (nodeCount < 1)
        {
            throw new GraphFormatException(
                sourceName, 0, $"node count must be >= 1, got {nodeCount}");
        }

        NodeCount = nodeCount;
        weights = new double[nodeCount, nodeCount];
        var list = new List<Edge>();
        foreach (var e in edges)
        {
            list.Add(Validate(e, sourceName));
        }

        this.edges = [.. list];
        IsWeighted = this.edges.Any(e => e.Weight != 1.0);
        SourceName = sourceName;
    }

    /// <summary>Number of nodes n.</summary>
    public int NodeCount { get; }

    /// <summary>Number of undirected edges.</summary>
    public int EdgeCount => edges.Length;

    /// <summary>The edges, each once, with U &lt; V.</summary>
    public IReadOnlyList<Edge> Edges => edges;

    /// <summary>True when some weight differs from 1.</summary>
    public bool IsWeighted { get; }

    /// <summary>Where the graph came from (file name, generator name).</summary>
    public string SourceName { get; }

    /// <summary>w_ij (0 when not adjacent or i = j).</summary>
    public double Weight(int i, int j) => weights[i, j];

    /// <summary>Degree of node i (number of neighbours).</summary>
    public int Degree(int i)
    {
        var degree = 0;
        for (var j = 0; j < NodeCount; j++)
        {
            if (weights[i, j] != 0.0)
            {
                degree++;
            }
        }

        return degree;
    }

    /// <summary>The symmetric n x n weighted adjacency matrix w (a fresh copy).</summary>
    public Matrix<double> Adjacency() => Matrix<double>.Build.DenseOfArray(weights);

    /// <summary>
    /// Builds a graph from a symmetric adjacency matrix with zero diagonal and non-negative
    /// entries (an entry &gt; 0 is an edge of that weight).
    /// </summary>
    public static Graph FromAdjacency(Matrix<double> adjacency, string sourceName = "matrix")
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var n = adjacency.RowCount;
        if (n != adjacency.ColumnCount)
        {
            throw new GraphFormatException(
                sourceName, 0, $"adjacency matrix must be square, got {n}x{adjacency.ColumnCount}");
        }

        var list = new List<Edge>();
        for (var i = 0; i < n; i++)
        {
            if (adjacency[i, i] != 0.0)
            {
                throw new GraphFormatException(
                    sourceName, 0, $"self-loop: diagonal entry ({i},{i}) = {adjacency[i, i]}");
            }

            for (var j = i + 1; j < n; j++)
            {
                var w = adjacency[i, j];
                if (Math.Abs(w - adjacency[j, i]) > AdjacencySymmetryTolerance || double.IsNaN(w))
                {
                    throw new GraphFormatException(sourceName, 0,
                        $"adjacency matrix is not symmetric: ({i},{j}) = {w}, " +
                        $"({j},{i}) = {adjacency[j, i]}");
                }

                if (w != 0.0)
                {
                    list.Add(new Edge(i, j, w));
                }
            }
        }

        return new Graph(n, list, sourceName);
    }

    private Edge Validate(Edge e, string sourceName)
    {
        if (e.U == e.V)
        {
            throw new GraphFormatException(sourceName, 0, $"self-loop at node {e.U}");
        }

        foreach (var id in new[] { e.U, e.V })
        {
            if (id < 0 || id >= NodeCount)
            {
                throw new GraphFormatException(
                    sourceName, 0, $"unknown node id {id}: ids must lie in 0..{NodeCount - 1}");
            }
        }

        if (!(e.Weight > 0.0) || double.IsInfinity(e.Weight))
        {
            throw new GraphFormatException(sourceName, 0,
                $"edge ({e.U},{e.V}) has weight {e.Weight}: weights must be positive and finite");
        }

        var (u, v) = e.U < e.V ? (e.U, e.V) : (e.V, e.U);
        if (weights[u, v] != 0.0)
        {
            throw new GraphFormatException(sourceName, 0, $"duplicate edge ({u},{v})");
        }

        weights[u, v] = e.Weight;
        weights[v, u] = e.Weight;
        return new Edge(u, v, e.Weight);
    }
}
