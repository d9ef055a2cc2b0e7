using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Model;

/// <summary>
/// C(x) assembled block by block as (19):
/// C_rs = w_rs (2 g(C_rs) I_d - g'(C_rs) |x_r - x_s|^2 W) for r != s and
/// C_rr = -2 sum_{i != r} w_ri g(C_ri) I_d, with G and D = w g' supplied by the attention.
/// C(x) is symmetric and commutes with I_n (x) R whenever [W, R] = 0; for an elementwise g,
/// C(x) x = -1/2 grad U. Immutable: one instance may serve several threads.
/// </summary>
public sealed class PaperForceModel : IForceModel
{
    private readonly Matrix<double> w;

    public PaperForceModel(Graph graph, Coupling coupling, IAttention attention)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(attention);
        Graph = graph;
        Coupling = coupling;
        Attention = attention;
        w = coupling.Matrix;
    }

    public string Name => "paper-19";

    public Graph Graph { get; }

    public Coupling Coupling { get; }

    public IAttention Attention { get; }

    public int NodeCount => Graph.NodeCount;

    public int Dimension => Coupling.Dimension;

    public Matrix<double> Assemble(Vector<double> x)
    {
        var c = Matrix<double>.Build.Dense(NodeCount * Dimension, NodeCount * Dimension);
        AssembleInto(x, c);
        return c;
    }

    public void AssembleInto(Vector<double> x, Matrix<double> c)
    {
        CheckPositions(x);
        var (n, d) = (NodeCount, Dimension);
        var (g, gPrime) = EvaluateAttention(x);
        c.Clear();

        for (var r = 0; r < n; r++)
        {
            // C_rr = -2 sum_{i != r} G_ri I_d   (19)
            var diagonal = 0.0;
            for (var i = 0; i < n; i++)
            {
                diagonal += i == r ? 0.0 : g[r, i];
            }

            for (var a = 0; a < d; a++)
            {
                c[(r * d) + a, (r * d) + a] = -2.0 * diagonal;
            }

            // C_rs = 2 G_rs I_d - D_rs |x_r - x_s|^2 W   (19)
            for (var s = 0; s < n; s++)
            {
                if (s == r || (g[r, s] == 0.0 && gPrime[r, s] == 0.0))
                {
                    continue;
                }

                var k = gPrime[r, s] * Distance2(x, r, s);
                for (var a = 0; a < d; a++)
                {
                    for (var b = 0; b < d; b++)
                    {
                        c[(r * d) + a, (s * d) + b] = -k * w[a, b];
                    }

                    c[(r * d) + a, (s * d) + a] += 2.0 * g[r, s];
                }
            }
        }
    }

    /// <summary>
    /// C(x) x without forming C: (C x)_r = -2 (sum_{s != r} G_rs) x_r
    /// + sum_{s != r} (2 G_rs x_s - D_rs |x_r - x_s|^2 W x_s), O(n^2 d + n d^2) work.
    /// </summary>
    public Vector<double> Force(Vector<double> x)
    {
        CheckPositions(x);
        var (n, d) = (NodeCount, Dimension);
        var (g, gPrime) = EvaluateAttention(x);

        // rows of X W^T = (W x_s)^T, W symmetric
        var wx = Matrix<double>.Build.Dense(n, d, (i, a) => x[(i * d) + a]) * w;
        var f = Vector<double>.Build.Dense(n * d);
        for (var r = 0; r < n; r++)
        {
            for (var s = 0; s < n; s++)
            {
                if (s == r || (g[r, s] == 0.0 && gPrime[r, s] == 0.0))
                {
                    continue;
                }

                // + 2 G_rs (x_s - x_r) - D_rs |x_r - x_s|^2 W x_s   (19)
                var k = gPrime[r, s] * Distance2(x, r, s);
                for (var a = 0; a < d; a++)
                {
                    var diff = x[(s * d) + a] - x[(r * d) + a];
                    f[(r * d) + a] += (2.0 * g[r, s] * diff) - (k * wx[s, a]);
                }
            }
        }

        return f;
    }

    public double Potential(Vector<double> x)
    {
        CheckPositions(x);
        var (g, gPrime) = EvaluateAttention(x);

        // U = sum_{i,j} G_ij |x_i - x_j|^2
        var u = 0.0;
        for (var i = 0; i < NodeCount; i++)
        {
            for (var j = 0; j < NodeCount; j++)
            {
                u += g[i, j] == 0.0 ? 0.0 : g[i, j] * Distance2(x, i, j);
            }
        }

        return u;
    }

    /// <summary>G_ij and D_ij = w_ij g'(C_ij) at x, in fresh matrices (no shared scratch,
    /// so one model can serve several threads).</summary>
    private (Matrix<double> G, Matrix<double> D) EvaluateAttention(Vector<double> x)
    {
        var (n, d) = (NodeCount, Dimension);
        var positions = Matrix<double>.Build.Dense(n, d, (i, a) => x[(i * d) + a]);
        var scores = Matrix<double>.Build.Dense(n, n);
        var g = Matrix<double>.Build.Dense(n, n);
        var gPrime = Matrix<double>.Build.Dense(n, n);

        // C_ij = x_i^T W x_j for all ordered pairs   (18), made exactly symmetric so that
        // C(x) is exactly symmetric too (one LU serves S and S^T downstream)
        var wx = positions * w;
        wx.TransposeAndMultiply(positions, scores);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var cij = 0.5 * (scores[i, j] + scores[j, i]);
                scores[i, j] = cij;
                scores[j, i] = cij;
            }
        }

        Attention.Evaluate(Graph, scores, g, gPrime);
        return (g, gPrime);
    }

    private double Distance2(Vector<double> x, int r, int s)
    {
        var d = Dimension;
        var sum = 0.0;
        for (var a = 0; a < d; a++)
        {
            var diff = x[(r * d) + a] - x[(s * d) + a];
            sum += diff * diff;
        }

        return sum;
    }

    private void CheckPositions(Vector<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count != NodeCount * Dimension)
        {
            throw new ArgumentException(
                $"positions must have length n d = {NodeCount * Dimension}, got {x.Count}",
                nameof(x));
        }
    }
}
