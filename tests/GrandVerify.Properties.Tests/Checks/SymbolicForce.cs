using System.Collections.Concurrent;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// The symbolic model's C(x) of (19) and -1/2 grad U (U differentiated symbolically), compiled
/// to delegates over (x_i^a, W_ab with a &lt;= b, w_ij on edges), cached per structure
/// (n, d, graph, attention, weighted).
/// </summary>
public sealed class SymbolicForce
{
    private static readonly ConcurrentDictionary<string, Lazy<SymbolicForce>> Cache = new();

    private readonly GndModel model;
    private readonly Symbol[] variables;
    private readonly Func<double[], double[,]> c;
    private readonly Lazy<Func<double[], double[]>> halfGradient;

    private readonly (int I, int J)[] edges;

    private SymbolicForce(GndModel model, bool weighted)
    {
        this.model = model;

        // w_ij, i < j, one symbol per edge (named as the model names them)
        edges = weighted
            ? [.. Enumerable.Range(0, model.N).SelectMany(i =>
                Enumerable.Range(i + 1, model.N - i - 1)
                    .Where(j => model.IsEdge(i, j)).Select(j => (i, j)))]
            : [];
        var weights = edges.Select(e => Symbol.Get("w", $"{e.I + 1}{e.J + 1}"));
        variables = [.. model.X.Cast<Symbol>(), .. model.WEntries.Select(e => e.Symbol),
            .. weights];
        c = Compiler.CompileMatrix(model.ForceMatrix, variables);

        // -1/2 dU/dx_i^a for every (i, a)
        halfGradient = new(() => Compiler.CompileVector(
            [.. model.X.Cast<Symbol>().Select(x => -model.Potential.Diff(x) / 2)], variables));
    }

    /// <summary>The compiled model for a structure (built once).</summary>
    public static SymbolicForce For(
        int nodes, int dimension, GraphShape shape, string attention, bool weighted) =>
        Cache.GetOrAdd($"{nodes}|{dimension}|{shape}|{attention}|{weighted}", _ =>
            new Lazy<SymbolicForce>(() => new SymbolicForce(new GndModel(
                nodes, dimension, shape, Attention.Named(attention), weighted), weighted)))
            .Value;

    /// <summary>C(x) from the symbolic (19).</summary>
    public Matrix<double> ForceMatrix(Graph graph, Coupling w, Vector<double> x) =>
        Matrix<double>.Build.DenseOfArray(c(Values(graph, w, x)));

    /// <summary>-1/2 grad U from the symbolic derivative of U.</summary>
    public Vector<double> HalfGradient(Graph graph, Coupling w, Vector<double> x) =>
        Vector<double>.Build.DenseOfArray(halfGradient.Value(Values(graph, w, x)));

    private double[] Values(Graph graph, Coupling w, Vector<double> x)
    {
        // x_i^a in node-major order, then W_ab (a <= b), then w_ij per edge
        var values = new List<double>(x);
        values.AddRange(model.WEntries.Select(e => w[e.A, e.B]));
        values.AddRange(edges.Select(e => graph.Weight(e.I, e.J)));
        return [.. values];
    }
}
