using System.Globalization;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Cli.Commands;

/// <summary>Turns the options of <c>grandverify check</c> into a graph and a coupling W.</summary>
internal static class CheckInput
{
    /// <summary>W from --W (text or file) or the default diag(1/2, 1/2, 1, ..., 1).</summary>
    public static Coupling Coupling(CheckSettings settings)
    {
        if (settings.Coupling is not { } text)
        {
            var d = settings.Dim ?? 4;
            return Numerics.Model.Coupling.Diagonal(
                [.. Enumerable.Range(0, d).Select(a => a < 2 ? 0.5 : 1.0)]);
        }

        Coupling w;
        try
        {
            w = File.Exists(text) ? FromFile(text) : Numerics.Model.Coupling.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw InputException.About("--W", e);
        }

        if (settings.Dim is { } dim && dim != w.Dimension)
        {
            throw new InputException(
                $"dimension mismatch: --dim {dim} but W is {w.Dimension}x{w.Dimension}");
        }

        return w;
    }

    /// <summary>The graph of --graph on --nodes nodes, or read from an edge-list file.</summary>
    public static Graph Graph(CheckSettings settings) => settings.Graph.ToLowerInvariant() switch
    {
        "complete" => GraphGenerators.Complete(settings.Nodes),
        "path" => GraphGenerators.Path(settings.Nodes),
        "cycle" => GraphGenerators.Cycle(Math.Max(settings.Nodes, 3)),
        "star" => GraphGenerators.Star(settings.Nodes),
        _ when File.Exists(settings.Graph) => Load(settings.Graph),
        _ => throw new InputException(
            $"--graph '{settings.Graph}' is neither complete, path, cycle, star nor an existing file"),
    };

    private static Graph Load(string path)
    {
        try
        {
            return EdgeListParser.Load(path);
        }
        catch (GraphFormatException e)
        {
            throw new InputException($"--graph: {e.Message}");
        }
    }

    private static Coupling FromFile(string path)
    {
        // one row per line, entries separated by spaces or commas
        var rows = File.ReadAllLines(path)
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                    ? x
                    : throw new FormatException($"'{v}' in {path} is not a number"))
                .ToArray())
            .ToArray();
        if (rows.Length == 0 || rows.Any(r => r.Length != rows.Length))
        {
            throw new FormatException($"{path} must hold a square matrix, one row per line");
        }

        return Numerics.Model.Coupling.FromMatrix(Matrix<double>.Build.DenseOfRowArrays(rows));
    }
}
