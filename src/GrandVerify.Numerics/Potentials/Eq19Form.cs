using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// The block formula (19) applied to an attention potential: with G_ij and the own-score
/// derivative D_ij from the potential and the coupling W,
/// C_rs = 2 G_rs I - D_rs |x_r - x_s|^2 W (r != s), C_rr = -2 sum_{i != r} G_ri I.
/// Equal to -1/2 grad U when G_ij depends on x through C_ij = x_i^T W x_j alone (elementwise
/// g); otherwise it drops every other dependence (a normaliser, K_i, Q_j).
/// </summary>
public static class Eq19Form
{
    /// <summary>C(x) x of (19) for <paramref name="potential"/> on <paramref name="graph"/>.</summary>
    public static Vector<double> Force(
        Graph graph, IAttentionPotential potential, Vector<double> x)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(potential);
        ArgumentNullException.ThrowIfNull(x);
        var (n, d) = (graph.NodeCount, potential.Dimension);
        var positions = Matrix<double>.Build.Dense(n, d, (i, a) => x[(i * d) + a]);
        var b = potential.Invariants
            .Select(m => positions * m.TransposeAndMultiply(positions)).ToArray();
        var (g, dd) = (Matrix<double>.Build.Dense(n, n), Matrix<double>.Build.Dense(n, n));
        potential.Weights(graph, b, g);
        potential.PaperDerivative(graph, b, dd);
        var wx = positions * potential.Coupling.Matrix;

        // (C x)_r = sum_{s != r} (2 G_rs (x_s - x_r) - D_rs |x_r - x_s|^2 W x_s)   (19)
        var f = Vector<double>.Build.Dense(n * d);
        for (var r = 0; r < n; r++)
        {
            for (var s = 0; s < n; s++)
            {
                if (s == r)
                {
                    continue;
                }

                var diff = positions.Row(s) - positions.Row(r);
                var term = (diff * (2.0 * g[r, s])) - (wx.Row(s) * (dd[r, s] * diff.DotProduct(diff)));
                for (var a = 0; a < d; a++)
                {
                    f[(r * d) + a] += term[a];
                }
            }
        }

        return f;
    }
}
