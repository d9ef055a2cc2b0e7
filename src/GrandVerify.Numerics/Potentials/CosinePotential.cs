using System.Globalization;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// Cosine attention (listed after (9)): G_ij = w_ij c_ij, c_ij = M_ij / (K_i Q_j) with
/// M_ij = (W_K x_i)^T (W_Q x_j), K_i = |W_K x_i|, Q_j = |W_Q x_j|. Invariants
/// M_1 = W_K^T W_Q (not symmetric in general), M_2 = W_K^T W_K (K_i^2 = B^2_ii) and
/// M_3 = W_Q^T W_Q (Q_j^2 = B^3_jj). dc/dM_ij = 1/(K_i Q_j), dc/dK_i^2 = -c/(2 K_i^2),
/// dc/dQ_j^2 = -c/(2 Q_j^2). Undefined where some K_i or Q_j vanishes (reported).
/// </summary>
public sealed class CosinePotential : IAttentionPotential
{
    public CosinePotential(AttentionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (k, q) = (parameters.Keys, parameters.Queries);
        Coupling = parameters.Coupling;
        Invariants = [k.TransposeThisAndMultiply(q), k.TransposeThisAndMultiply(k),
            q.TransposeThisAndMultiply(q)];
    }

    public string Name => "cosine";

    public int Dimension => Coupling.Dimension;

    public IReadOnlyList<Matrix<double>> Invariants { get; }

    public IReadOnlyList<string> InvariantLabels { get; } =
        ["W_K^T W_Q", "W_K^T W_K", "W_Q^T W_Q"];

    public Coupling Coupling { get; }

    public void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g)
    {
        // G_ij = w_ij M_ij / (K_i Q_j)
        g.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            g[i, j] = w * b[0][i, j] / Norms(b, i, j);
        }
    }

    public void Pullback(
        Graph graph,
        IReadOnlyList<Matrix<double>> b,
        Matrix<double> lambda,
        IReadOnlyList<Matrix<double>> bBar)
    {
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            // dG/dM_ij = w/(K_i Q_j); dG/dK_i^2 = -G/(2 K_i^2); dG/dQ_j^2 = -G/(2 Q_j^2)
            var kq = Norms(b, i, j);
            var gij = w * b[0][i, j] / kq;
            bBar[0][i, j] += lambda[i, j] * w / kq;
            bBar[1][i, i] -= lambda[i, j] * gij / (2.0 * b[1][i, i]);
            bBar[2][j, j] -= lambda[i, j] * gij / (2.0 * b[2][j, j]);
        }
    }

    public void PaperDerivative(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d)
    {
        // D_ij = dG_ij/dM_ij = w_ij / (K_i Q_j) with K_i, Q_j held fixed   (19)
        d.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            d[i, j] = w / Norms(b, i, j);
        }
    }

    private static double Norms(IReadOnlyList<Matrix<double>> b, int i, int j)
    {
        // K_i Q_j = sqrt(B^2_ii B^3_jj)
        var product = b[1][i, i] * b[2][j, j];
        if (!(product > 0.0))
        {
            throw new NumericalFailureException(
                "cosine attention is undefined: |W_K x_i| |W_Q x_j| = " +
                $"{Math.Sqrt(Math.Max(product, 0.0)).ToString("G3", CultureInfo.InvariantCulture)}" +
                $" for (i, j) = ({i}, {j})",
                double.NaN,
                "start away from x_i in ker W_K or x_j in ker W_Q, or use another attention");
        }

        return Math.Sqrt(product);
    }
}
