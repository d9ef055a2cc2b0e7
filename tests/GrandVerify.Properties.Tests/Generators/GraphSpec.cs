using GrandVerify.Numerics.Graphs;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// A connected undirected graph on n nodes: complete, path, cycle (n &gt;= 3, else a path),
/// star, Erdos-Renyi G(n, 1/2) conditioned on connectivity (redrawn from seed, seed + 1, ...)
/// or a random tree; optionally with dyadic weights k/8, k = 2..16. Shrinks toward K_2.
/// </summary>
public sealed record GraphSpec(GraphKind Kind, int Nodes, bool Weighted, int Seed)
{
    /// <summary>Edge probability of the Erdos-Renyi family.</summary>
    public const double EdgeProbability = 0.5;

    /// <summary>Redraws allowed to obtain a connected G(n, p); p = 1/2 needs very few.</summary>
    public const int MaxRedraws = 10_000;

    /// <summary>Builds the graph; deterministic in the record.</summary>
    public Graph Build()
    {
        var graph = Kind switch
        {
            GraphKind.Complete => GraphGenerators.Complete(Nodes),
            GraphKind.Path => GraphGenerators.Path(Nodes),
            GraphKind.Cycle => Nodes >= 3
                ? GraphGenerators.Cycle(Nodes)
                : GraphGenerators.Path(Nodes),
            GraphKind.Star => GraphGenerators.Star(Nodes),
            GraphKind.ErdosRenyi => ConnectedErdosRenyi(),
            GraphKind.RandomTree => GraphGenerators.RandomTree(Nodes, Seed),
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "unknown graph kind"),
        };
        return Weighted ? Reweight(graph) : graph;
    }

    /// <summary>Fewer nodes, the simplest families, no weights.</summary>
    public IEnumerable<GraphSpec> Shrink()
    {
        if (Nodes > 2)
        {
            yield return this with { Nodes = 2 };
            yield return this with { Nodes = Math.Max(2, Nodes / 2) };
            yield return this with { Nodes = Nodes - 1 };
        }

        if (Kind is not GraphKind.Complete)
        {
            yield return this with { Kind = GraphKind.Complete };
        }

        if (Weighted)
        {
            yield return this with { Weighted = false };
        }
    }

    /// <summary>True when every node is reachable from node 0.</summary>
    public static bool IsConnected(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var seen = new bool[graph.NodeCount];
        var stack = new Stack<int>([0]);
        seen[0] = true;
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            for (var j = 0; j < graph.NodeCount; j++)
            {
                if (!seen[j] && graph.Weight(i, j) != 0.0)
                {
                    seen[j] = true;
                    stack.Push(j);
                }
            }
        }

        return seen.All(s => s);
    }

    private Graph ConnectedErdosRenyi()
    {
        for (var k = 0; k < MaxRedraws; k++)
        {
            var graph = GraphGenerators.ErdosRenyi(Nodes, EdgeProbability, Seed + k);
            if (IsConnected(graph))
            {
                return graph;
            }
        }

        throw new InvalidOperationException(
            $"no connected G({Nodes}, {EdgeProbability}) in {MaxRedraws} draws from seed {Seed}");
    }

    private Graph Reweight(Graph graph)
    {
        // w_ij = k/8, k uniform in 2..16: exact in binary, bounded away from 0
        var random = new Random(Seed ^ 0x5bd1e995);
        var edges = graph.Edges.Select(e => e with { Weight = random.Next(2, 17) / 8.0 });
        return new Graph(graph.NodeCount, edges, graph.SourceName + "-weighted");
    }
}
