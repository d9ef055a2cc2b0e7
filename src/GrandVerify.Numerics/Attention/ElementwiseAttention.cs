using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Attention;

/// <summary>
/// An attention acting entry by entry: G_ij = w_ij g(C_ij), D_ij = w_ij g'(C_ij). For these,
/// C(x) x of (19) equals -1/2 grad U exactly.
/// </summary>
public abstract class ElementwiseAttention : IAttention
{
    public abstract string Name { get; }

    /// <summary>g(z).</summary>
    public abstract double Value(double z);

    /// <summary>g'(z).</summary>
    public abstract double Derivative(double z);

    public void Evaluate(
        Graph graph, Matrix<double> scores, Matrix<double> g, Matrix<double> gPrime)
    {
        Debug.Assert(scores.RowCount == graph.NodeCount && g.RowCount == graph.NodeCount);
        g.Clear();
        gPrime.Clear();

        // G_ij = w_ij g(C_ij), D_ij = w_ij g'(C_ij) on the edges   (9), (19)
        foreach (var e in graph.Edges)
        {
            var gij = e.Weight * Value(scores[e.U, e.V]);
            var dij = e.Weight * Derivative(scores[e.U, e.V]);
            g[e.U, e.V] = gij;
            g[e.V, e.U] = gij;
            gPrime[e.U, e.V] = dij;
            gPrime[e.V, e.U] = dij;
        }
    }
}
