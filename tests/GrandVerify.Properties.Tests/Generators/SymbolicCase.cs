using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using GrandVerify.Symbolic.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// A small case for comparing the symbolic model with the numeric one: K_n or P_n with
/// n in 2..4, d in 1..3, an attention both models offer, optional dyadic weights k/8, a random
/// symmetric W with dyadic entries k/8 in [-1, 1] (non-zero diagonal) and a point x in
/// [-1, 1]^{nd} (scaled so that every score |x_i^T W x_j| &lt;= 2). Shrinks toward n = 2,
/// d = 1, no weights, exp.
/// </summary>
public sealed record SymbolicCase(
    GraphShape Shape, int Nodes, int Dimension, string Attention, bool Weighted, int Seed)
{
    /// <summary>Attentions present in both the symbolic and the numeric catalogue.</summary>
    public static IReadOnlyList<string> SharedAttentions { get; } =
        ["exp", "tanh", "sigmoid", "softmax"];

    /// <summary>The numeric graph, weights and W, and the point x.</summary>
    public (Graph Graph, Coupling W, Vector<double> X) Build()
    {
        var random = new Random(Seed);
        var edges = new List<Edge>();
        for (var i = 0; i < Nodes; i++)
        {
            for (var j = i + 1; j < Nodes; j++)
            {
                if (Shape == GraphShape.Complete || j == i + 1)
                {
                    edges.Add(new Edge(i, j, Weighted ? random.Next(2, 17) / 8.0 : 1.0));
                }
            }
        }

        var w = Matrix<double>.Build.Dense(Dimension, Dimension);
        for (var a = 0; a < Dimension; a++)
        {
            // W_aa = +-k/8 with k >= 1 (so W != 0), W_ab = W_ba = k/8 in [-1, 1]
            w[a, a] = random.Next(1, 9) / 8.0 * (random.Next(2) == 0 ? 1.0 : -1.0);
            for (var b = a + 1; b < Dimension; b++)
            {
                w[a, b] = random.Next(-8, 9) / 8.0;
                w[b, a] = w[a, b];
            }
        }

        var x = Vector<double>.Build.Dense(
            Nodes * Dimension, _ => (2.0 * random.NextDouble()) - 1.0);
        var score = 0.0;
        for (var i = 0; i < Nodes; i++)
        {
            for (var j = 0; j < Nodes; j++)
            {
                var xi = x.SubVector(i * Dimension, Dimension);
                var xj = x.SubVector(j * Dimension, Dimension);
                score = Math.Max(score, Math.Abs(xi.DotProduct(w * xj)));
            }
        }

        if (score > ModelCase.MaxScore)
        {
            x *= Math.Sqrt(ModelCase.MaxScore / score);
        }

        return (new Graph(Nodes, edges, $"{Shape}({Nodes})"), Coupling.FromMatrix(w), x);
    }

    /// <summary>Fewer nodes, smaller d, no weights, the complete graph, exp.</summary>
    public IEnumerable<SymbolicCase> Shrink()
    {
        if (Nodes > 2)
        {
            yield return this with { Nodes = 2 };
        }

        if (Dimension > 1)
        {
            yield return this with { Dimension = 1 };
            yield return this with { Dimension = Dimension - 1 };
        }

        if (Weighted)
        {
            yield return this with { Weighted = false };
        }

        if (Shape != GraphShape.Complete)
        {
            yield return this with { Shape = GraphShape.Complete };
        }

        if (Attention != "exp")
        {
            yield return this with { Attention = "exp" };
        }
    }
}
