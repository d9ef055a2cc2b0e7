using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// The exact force of U(x) = sum_{i,j} G_ij(B) |x_i - x_j|^2 for an attention given through
/// bilinear invariants B^k_ij = x_i^T M_k x_j. With Ubar^k = dU/dB^k (G's dependence, by the
/// pull-back of lambda_ij = |x_i - x_j|^2) and S = G + G^T:
/// C_ij = -1/2 sum_k (Ubar^k_ij M_k + Ubar^k_ji M_k^T) + S_ij I_d (i != j),
/// C_ii = -1/2 sum_k Ubar^k_ii (M_k + M_k^T) - sum_{j != i} S_ij I_d,
/// so C(x) x = -1/2 grad U, C_ji = C_ij^T (C is symmetric), and C commutes with I_n (x) R for
/// every R commuting with all M_k. Not thread-safe (scratch state per call only; safe to share
/// read-only parameters).
/// </summary>
public sealed class GradientForceModel : IForceModel
{
    public GradientForceModel(Graph graph, IAttentionPotential potential)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(potential);
        Graph = graph;
        AttentionPotential = potential;
    }

    /// <summary>The attention as a potential.</summary>
    public IAttentionPotential AttentionPotential { get; }

    public string Name => $"exact-{AttentionPotential.Name}";

    public Graph Graph { get; }

    public Coupling Coupling => AttentionPotential.Coupling;

    public IAttention? Attention => null;

    public int NodeCount => Graph.NodeCount;

    public int Dimension => AttentionPotential.Dimension;

    /// <summary>
    /// G, S = G + G^T and Ubar^k = dU/dB^k at x (distance part excluded), with B^k.
    /// </summary>
    public PotentialSensitivities Sensitivities(Vector<double> x)
    {
        var positions = Positions(x);
        var n = NodeCount;

        // B^k = X M_k X^T
        var b = AttentionPotential.Invariants
            .Select(m => positions * m.TransposeAndMultiply(positions)).ToArray();

        // G(B), lambda_ij = |x_i - x_j|^2
        var g = Matrix<double>.Build.Dense(n, n);
        AttentionPotential.Weights(Graph, b, g);
        var lambda = Matrix<double>.Build.Dense(n, n, (i, j) =>
            (positions.Row(i) - positions.Row(j)).DotProduct(positions.Row(i) - positions.Row(j)));

        // Ubar^k = sum_ij lambda_ij dG_ij/dB^k
        var bBar = b.Select(_ => Matrix<double>.Build.Dense(n, n)).ToArray();
        AttentionPotential.Pullback(Graph, b, lambda, bBar);
        return new PotentialSensitivities(b, g, g + g.Transpose(), bBar, lambda);
    }

    public Matrix<double> Assemble(Vector<double> x)
    {
        var c = Matrix<double>.Build.Dense(NodeCount * Dimension, NodeCount * Dimension);
        AssembleInto(x, c);
        return c;
    }

    public void AssembleInto(Vector<double> x, Matrix<double> c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var (n, d) = (NodeCount, Dimension);
        var sens = Sensitivities(x);
        c.Clear();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                // C_ij = -1/2 sum_k (Ubar^k_ij M_k + Ubar^k_ji M_k^T) + S_ij I (i != j)
                var block = Matrix<double>.Build.Dense(d, d);
                for (var k = 0; k < AttentionPotential.Invariants.Count; k++)
                {
                    var m = AttentionPotential.Invariants[k];
                    var (uij, uji) = (sens.Sensitivity[k][i, j], sens.Sensitivity[k][j, i]);
                    block -= (m * (0.5 * uij)) + (m.Transpose() * (0.5 * uji));
                }

                // distance part: +S_ij I off the diagonal, -sum_{l != i} S_il I on it
                var identity = i == j
                    ? -Enumerable.Range(0, n).Where(l => l != i).Sum(l => sens.Symmetric[i, l])
                    : sens.Symmetric[i, j];
                for (var a = 0; a < d; a++)
                {
                    block[a, a] += identity;
                }

                c.SetSubMatrix(i * d, j * d, block);
            }
        }
    }

    /// <summary>
    /// C(x) x = -1/2 grad U without forming C:
    /// F = -1/2 sum_k (Ubar^k X M_k^T + Ubar^k^T X M_k) + S X - diag(S 1) X (rows x_i^T).
    /// </summary>
    public Vector<double> Force(Vector<double> x)
    {
        var positions = Positions(x);
        var (n, d) = (NodeCount, Dimension);
        var sens = Sensitivities(x);

        // distance part S X - diag(S 1) X
        var f = sens.Symmetric * positions;
        var rowSums = sens.Symmetric.RowSums();
        for (var i = 0; i < n; i++)
        {
            f.SetRow(i, f.Row(i) - (positions.Row(i) * rowSums[i]));
        }

        // -1/2 sum_k (Ubar^k (X M_k^T) + Ubar^k^T (X M_k))
        for (var k = 0; k < AttentionPotential.Invariants.Count; k++)
        {
            var m = AttentionPotential.Invariants[k];
            var u = sens.Sensitivity[k];
            f -= ((u * positions.TransposeAndMultiply(m)) +
                u.TransposeThisAndMultiply(positions * m)) * 0.5;
        }

        return Flatten(f, n, d);
    }

    public double Potential(Vector<double> x)
    {
        var sens = Sensitivities(x);

        // U = sum_ij G_ij |x_i - x_j|^2
        return sens.Weights.PointwiseMultiply(sens.Distances).Enumerate().Sum();
    }

    private Matrix<double> Positions(Vector<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (n, d) = (NodeCount, Dimension);
        if (x.Count != n * d)
        {
            throw new ArgumentException(
                $"positions must have length n d = {n * d}, got {x.Count}", nameof(x));
        }

        return Matrix<double>.Build.Dense(n, d, (i, a) => x[(i * d) + a]);
    }

    private static Vector<double> Flatten(Matrix<double> f, int n, int d) =>
        Vector<double>.Build.Dense(n * d, k => f[k / d, k % d]);
}
