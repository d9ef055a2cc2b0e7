namespace GrandVerify.Numerics.Graphs;

/// <summary>
/// Standard unweighted graphs: complete K_n, path P_n, cycle C_n, star S_n (centre 0),
/// Erdos-Renyi G(n, p) and a uniformly random labelled tree, the random ones from a seed.
/// </summary>
public static class GraphGenerators
{
    /// <summary>K_n: every pair adjacent (n(n-1)/2 edges).</summary>
    public static Graph Complete(int n)
    {
        CheckCount(n, 1, nameof(Complete));
        var edges = new List<Edge>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                edges.Add(new Edge(i, j, 1.0));
            }
        }

        return new Graph(n, edges, $"complete({n})");
    }

    /// <summary>P_n: edges (i, i+1), n-1 of them.</summary>
    public static Graph Path(int n)
    {
        CheckCount(n, 1, nameof(Path));
        var edges = Enumerable.Range(0, n - 1).Select(i => new Edge(i, i + 1, 1.0));
        return new Graph(n, edges, $"path({n})");
    }

    /// <summary>C_n (n &gt;= 3): the path plus the edge (n-1, 0).</summary>
    public static Graph Cycle(int n)
    {
        CheckCount(n, 3, nameof(Cycle));
        var edges = Enumerable.Range(0, n).Select(i => new Edge(i, (i + 1) % n, 1.0));
        return new Graph(n, edges, $"cycle({n})");
    }

    /// <summary>S_n: node 0 joined to every other node.</summary>
    public static Graph Star(int n)
    {
        CheckCount(n, 1, nameof(Star));
        var edges = Enumerable.Range(1, n - 1).Select(i => new Edge(0, i, 1.0));
        return new Graph(n, edges, $"star({n})");
    }

    /// <summary>G(n, p): each pair adjacent independently with probability p.</summary>
    public static Graph ErdosRenyi(int n, double p, int seed)
    {
        CheckCount(n, 1, nameof(ErdosRenyi));
        if (!(p >= 0.0 && p <= 1.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(p), p, "edge probability must lie in [0, 1]");
        }

        var random = new Random(seed);
        var edges = new List<Edge>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (random.NextDouble() < p)
                {
                    edges.Add(new Edge(i, j, 1.0));
                }
            }
        }

        return new Graph(n, edges, $"erdos-renyi({n},{p},seed {seed})");
    }

    /// <summary>A random tree: node i &gt; 0 is joined to a uniformly chosen node &lt; i.</summary>
    public static Graph RandomTree(int n, int seed)
    {
        CheckCount(n, 1, nameof(RandomTree));
        var random = new Random(seed);
        var edges = Enumerable.Range(1, n - 1)
            .Select(i => new Edge(random.Next(i), i, 1.0))
            .ToList();
        return new Graph(n, edges, $"random-tree({n},seed {seed})");
    }

    private static void CheckCount(int n, int minimum, string generator)
    {
        if (n < minimum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(n), n, $"{generator} needs at least {minimum} node(s)");
        }
    }
}
