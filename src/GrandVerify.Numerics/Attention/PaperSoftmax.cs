using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Attention;

/// <summary>
/// Softmax as printed in Section 3: s_ij = e^{C_ij} / sum_{k,l in V} e^{C_kl}, the sum over all
/// n^2 ordered pairs including k = l, G_ij = w_ij s_ij; the derivative in (19) is taken entry by
/// entry, D_ij = w_ij s_ij (1 - s_ij), so the dependence of the normaliser on x is dropped and
/// C(x) x is not -1/2 grad U. Computed stably: every exponent is shifted by max C_kl.
/// </summary>
public sealed class PaperSoftmax : IAttention
{
    public string Name => "softmax";

    public void Evaluate(
        Graph graph, Matrix<double> scores, Matrix<double> g, Matrix<double> gPrime)
    {
        var n = graph.NodeCount;
        Debug.Assert(scores.RowCount == n && scores.ColumnCount == n);
        g.Clear();
        gPrime.Clear();

        // m = max_{k,l} C_kl, Z = sum_{k,l} e^{C_kl - m} >= 1
        var m = double.NegativeInfinity;
        for (var k = 0; k < n; k++)
        {
            for (var l = 0; l < n; l++)
            {
                m = Math.Max(m, scores[k, l]);
            }
        }

        var z = 0.0;
        for (var k = 0; k < n; k++)
        {
            for (var l = 0; l < n; l++)
            {
                z += Math.Exp(scores[k, l] - m);
            }
        }

        // G_ij = w_ij s_ij, D_ij = w_ij s_ij (1 - s_ij), s_ij = e^{C_ij - m} / Z
        foreach (var e in graph.Edges)
        {
            var sij = Math.Exp(scores[e.U, e.V] - m) / z;
            var sji = Math.Exp(scores[e.V, e.U] - m) / z;
            g[e.U, e.V] = e.Weight * sij;
            g[e.V, e.U] = e.Weight * sji;
            gPrime[e.U, e.V] = e.Weight * sij * (1.0 - sij);
            gPrime[e.V, e.U] = e.Weight * sji * (1.0 - sji);
        }
    }
}
