using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// Exponential kernel attention (listed after (9)):
/// G_ij = w_ij exp(-(K_i^2 + Q_j^2 - M_ij - M_ji) / zeta^2), K_i = |W_K x_i|, Q_j = |W_Q x_j|,
/// M_ij = (W_K x_i)^T (W_Q x_j). Invariants M_1 = W_K^T W_K, M_2 = W_Q^T W_Q and
/// M_3 = W_K^T W_Q + W_Q^T W_K = W (18), so M_ij + M_ji = B^3_ij; every partial derivative is
/// -+ G_ij / zeta^2.
/// </summary>
public sealed class ExpKernelPotential : IAttentionPotential
{
    private readonly double zeta2;

    public ExpKernelPotential(AttentionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (k, q) = (parameters.Keys, parameters.Queries);
        Coupling = parameters.Coupling;
        zeta2 = parameters.Zeta * parameters.Zeta;
        Invariants = [k.TransposeThisAndMultiply(k), q.TransposeThisAndMultiply(q),
            parameters.Coupling.Matrix];
    }

    public string Name => "exp-kernel";

    public int Dimension => Coupling.Dimension;

    public IReadOnlyList<Matrix<double>> Invariants { get; }

    public IReadOnlyList<string> InvariantLabels { get; } = ["W_K^T W_K", "W_Q^T W_Q", "W"];

    public Coupling Coupling { get; }

    public void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g)
    {
        g.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            g[i, j] = Value(b, i, j, w);
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
            // dG/dK_i^2 = dG/dQ_j^2 = -G/zeta^2, dG/dC_ij = G/zeta^2
            var a = lambda[i, j] * Value(b, i, j, w) / zeta2;
            bBar[0][i, i] -= a;
            bBar[1][j, j] -= a;
            bBar[2][i, j] += a;
        }
    }

    public void PaperDerivative(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d)
    {
        // D_ij = dG_ij/dC_ij = G_ij / zeta^2 with K_i, Q_j held fixed   (19)
        d.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            d[i, j] = Value(b, i, j, w) / zeta2;
        }
    }

    // G_ij = w_ij exp(-(K_i^2 + Q_j^2 - C_ij) / zeta^2)
    private double Value(IReadOnlyList<Matrix<double>> b, int i, int j, double w) =>
        w * Math.Exp(-(b[0][i, i] + b[1][j, j] - b[2][i, j]) / zeta2);
}
