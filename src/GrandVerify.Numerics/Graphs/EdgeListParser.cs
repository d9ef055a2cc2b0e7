using System.Globalization;

namespace GrandVerify.Numerics.Graphs;

/// <summary>
/// Reads an edge list: one edge "u v [w]" per line with 0-based integer ids and an optional
/// positive weight; '#' starts a comment; blank lines are skipped; an optional directive line
/// "nodes N" fixes the node count. The node count is, in order of precedence, the explicit
/// parameter, the directive, or max id + 1. Every problem is a <see cref="GraphFormatException"/>
/// naming the source and the line.
/// </summary>
public static class EdgeListParser
{
    private const string NodesDirective = "nodes";

    /// <summary>Reads an edge-list file; the file name is used in error messages.</summary>
    public static Graph Load(string path, int? nodeCount = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GraphFormatException(path, 0, "file not found");
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path), nodeCount);
    }

    /// <summary>Parses edge-list text; <paramref name="sourceName"/> appears in errors.</summary>
    public static Graph Parse(string text, string sourceName = "edges", int? nodeCount = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (nodeCount is < 1)
        {
            throw new GraphFormatException(
                sourceName, 0, $"node count must be >= 1, got {nodeCount}");
        }

        // Pass 1: tokens of every line, the directive, and the largest id seen.
        var parsed = new List<(Edge Edge, int Line)>();
        int? declared = null;
        var maxId = -1;
        var lines = text.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            var line = k + 1;
            var content = StripComment(lines[k]);
            if (content.Length == 0)
            {
                continue;
            }

            var tokens = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (tokens[0] == NodesDirective)
            {
                declared = ParseDirective(tokens, declared, sourceName, line);
                continue;
            }

            var edge = ParseEdge(tokens, sourceName, line);
            maxId = Math.Max(maxId, Math.Max(edge.U, edge.V));
            parsed.Add((edge, line));
        }

        // Pass 2: fix n, then check ids against it and reject duplicates, with line numbers.
        var n = Resolve(nodeCount, declared, maxId, sourceName);
        var seen = new Dictionary<(int, int), int>();
        foreach (var (edge, line) in parsed)
        {
            foreach (var id in new[] { edge.U, edge.V })
            {
                if (id >= n)
                {
                    throw new GraphFormatException(sourceName, line,
                        $"unknown node id {id}: the graph has {n} nodes (ids 0..{n - 1})");
                }
            }

            var key = edge.U < edge.V ? (edge.U, edge.V) : (edge.V, edge.U);
            if (seen.TryGetValue(key, out var first))
            {
                throw new GraphFormatException(sourceName, line,
                    $"duplicate edge ({key.Item1},{key.Item2}), first given on line {first}");
            }

            seen[key] = line;
        }

        return new Graph(n, parsed.Select(e => e.Edge), sourceName);
    }

    private static string StripComment(string raw)
    {
        var hash = raw.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? raw[..hash] : raw).Trim();
    }

    private static int ParseDirective(string[] tokens, int? previous, string source, int line)
    {
        if (tokens.Length != 2 || !int.TryParse(tokens[1], NumberStyles.None,
                CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            throw new GraphFormatException(source, line,
                $"malformed directive '{string.Join(' ', tokens)}': " +
                "expected 'nodes N' with N >= 1");
        }

        if (previous is { } p && p != n)
        {
            throw new GraphFormatException(
                source, line, $"second 'nodes' directive {n} differs from {p}");
        }

        return n;
    }

    private static Edge ParseEdge(string[] tokens, string source, int line)
    {
        if (tokens.Length is < 2 or > 3)
        {
            throw new GraphFormatException(source, line,
                $"malformed line '{string.Join(' ', tokens)}': expected 'u v [w]'");
        }

        var u = ParseId(tokens[0], source, line);
        var v = ParseId(tokens[1], source, line);
        if (u == v)
        {
            throw new GraphFormatException(source, line, $"self-loop at node {u}");
        }

        var w = tokens.Length == 3 ? ParseWeight(tokens[2], u, v, source, line) : 1.0;
        return new Edge(u, v, w);
    }

    private static int ParseId(string token, string source, int line)
    {
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                out var id))
        {
            throw new GraphFormatException(source, line, $"node id '{token}' is not an integer");
        }

        if (id < 0)
        {
            throw new GraphFormatException(source, line, $"unknown node id {id}: ids are >= 0");
        }

        if (id > int.MaxValue - 1)
        {
            throw new GraphFormatException(source, line, $"node id {id} is too large");
        }

        return (int)id;
    }

    private static double ParseWeight(string token, int u, int v, string source, int line)
    {
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
        {
            throw new GraphFormatException(source, line, $"weight '{token}' is not a number");
        }

        if (double.IsNaN(w) || double.IsInfinity(w) || w <= 0.0)
        {
            var what = double.IsNaN(w) ? "NaN"
                : w == 0.0 ? "zero"
                : w < 0 ? "negative"
                : "infinite";
            throw new GraphFormatException(source, line,
                $"{what} weight {token} on edge ({u},{v}): weights must be positive and finite");
        }

        return w;
    }

    private static int Resolve(int? explicitCount, int? declared, int maxId, string source)
    {
        if (explicitCount is { } e && declared is { } d && e != d)
        {
            throw new GraphFormatException(source, 0,
                $"node count {e} given by the caller differs from the 'nodes {d}' directive");
        }

        var n = explicitCount ?? declared ?? maxId + 1;
        if (n < 1)
        {
            throw new GraphFormatException(
                source, 0, "no edges and no node count: the graph is empty");
        }

        return n;
    }
}
