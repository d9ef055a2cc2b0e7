using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// G_ij = w_ij g(C_ij), C_ij = B_ij = x_i^T W x_j (9), (18): one invariant M_1 = W.
/// dG_ij/dB_ij = w_ij g'(C_ij), so the exact gradient and the block formula (19) agree.
/// </summary>
public sealed class ElementwisePotential : IAttentionPotential
{
    private readonly ElementwiseAttention attention;

    public ElementwisePotential(ElementwiseAttention attention, Coupling coupling)
    {
        ArgumentNullException.ThrowIfNull(attention);
        ArgumentNullException.ThrowIfNull(coupling);
        this.attention = attention;
        Coupling = coupling;
        Invariants = [coupling.Matrix];
    }

    public string Name => attention.Name;

    public int Dimension => Coupling.Dimension;

    public IReadOnlyList<Matrix<double>> Invariants { get; }

    public IReadOnlyList<string> InvariantLabels { get; } = ["W"];

    public Coupling Coupling { get; }

    public void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g)
    {
        // G_ij = w_ij g(C_ij)   (9)
        g.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            g[i, j] = w * attention.Value(b[0][i, j]);
        }
    }

    public void Pullback(
        Graph graph,
        IReadOnlyList<Matrix<double>> b,
        Matrix<double> lambda,
        IReadOnlyList<Matrix<double>> bBar)
    {
        // dU/dC_ij += lambda_ij w_ij g'(C_ij)
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            bBar[0][i, j] += lambda[i, j] * w * attention.Derivative(b[0][i, j]);
        }
    }

    public void PaperDerivative(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d)
    {
        // D_ij = w_ij g'(C_ij)   (19)
        d.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            d[i, j] = w * attention.Derivative(b[0][i, j]);
        }
    }
}
