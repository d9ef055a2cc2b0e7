using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// Softmax attention with the exact gradient: s_ij = e^{C_ij} / Z_g(ij), Z_g = sum of e^{C_kl}
/// over the pairs of the group g of (i, j) (one group for <see cref="SoftmaxScope.Global"/> and
/// <see cref="SoftmaxScope.Edges"/>, row i for <see cref="SoftmaxScope.Rows"/>), G_ij = w_ij s_ij
/// on the edges. ds_ij/dC_kl = s_ij (delta - s_kl) within a group, so the pull-back of lambda is
/// s_kl (lambda_kl w_kl - sum_{(i,j) in g} lambda_ij G_ij): the second term is the derivative of
/// the normaliser that the block formula (19) drops. Row-normalised G is not symmetric.
/// Exponents are shifted by the group maximum.
/// </summary>
public sealed class SoftmaxPotential : IAttentionPotential
{
    public SoftmaxPotential(SoftmaxScope scope, Coupling coupling)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        Scope = scope;
        Coupling = coupling;
        Invariants = [coupling.Matrix];
    }

    /// <summary>Where the normaliser sums.</summary>
    public SoftmaxScope Scope { get; }

    public string Name => Scope switch
    {
        SoftmaxScope.Global => "softmax-exact",
        SoftmaxScope.Edges => "edge-softmax",
        _ => "row-softmax",
    };

    public int Dimension => Coupling.Dimension;

    public IReadOnlyList<Matrix<double>> Invariants { get; }

    public IReadOnlyList<string> InvariantLabels { get; } = ["W"];

    public Coupling Coupling { get; }

    public void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g)
    {
        var s = Probabilities(graph, b[0]);

        // G_ij = w_ij s_ij
        g.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            g[i, j] = w * s[i, j];
        }
    }

    public void Pullback(
        Graph graph,
        IReadOnlyList<Matrix<double>> b,
        Matrix<double> lambda,
        IReadOnlyList<Matrix<double>> bBar)
    {
        var n = graph.NodeCount;
        var s = Probabilities(graph, b[0]);

        // per group: sum_{(i,j) in g} lambda_ij G_ij
        var groupSum = new double[n];
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            groupSum[Group(i)] += lambda[i, j] * w * s[i, j];
        }

        // dU/dC_kl += s_kl (lambda_kl w_kl - sum_g lambda G)
        for (var k = 0; k < n; k++)
        {
            for (var l = 0; l < n; l++)
            {
                if (InGroup(graph, k, l))
                {
                    var own = k == l ? 0.0 : lambda[k, l] * graph.Weight(k, l);
                    bBar[0][k, l] += s[k, l] * (own - groupSum[Group(k)]);
                }
            }
        }
    }

    public void PaperDerivative(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d)
    {
        var s = Probabilities(graph, b[0]);

        // D_ij = w_ij s_ij (1 - s_ij): the normaliser held fixed   (19)
        d.Clear();
        foreach (var (i, j, w) in PotentialPairs.Edges(graph))
        {
            d[i, j] = w * s[i, j] * (1.0 - s[i, j]);
        }
    }

    private int Group(int row) => Scope == SoftmaxScope.Rows ? row : 0;

    private bool InGroup(Graph graph, int k, int l) =>
        Scope == SoftmaxScope.Global || (k != l && graph.Weight(k, l) != 0.0);

    private Matrix<double> Probabilities(Graph graph, Matrix<double> c)
    {
        var n = graph.NodeCount;

        // m_g = max C_kl over the group (stability shift)
        var shift = Enumerable.Repeat(double.NegativeInfinity, n).ToArray();
        for (var k = 0; k < n; k++)
        {
            for (var l = 0; l < n; l++)
            {
                if (InGroup(graph, k, l))
                {
                    shift[Group(k)] = Math.Max(shift[Group(k)], c[k, l]);
                }
            }
        }

        // Z_g = sum_{(k,l) in g} e^{C_kl - m_g}
        var z = new double[n];
        var s = Matrix<double>.Build.Dense(n, n);
        for (var k = 0; k < n; k++)
        {
            for (var l = 0; l < n; l++)
            {
                if (InGroup(graph, k, l))
                {
                    s[k, l] = Math.Exp(c[k, l] - shift[Group(k)]);
                    z[Group(k)] += s[k, l];
                }
            }
        }

        // s_kl = e^{C_kl - m_g} / Z_g
        for (var k = 0; k < n; k++)
        {
            for (var l = 0; l < n; l++)
            {
                s[k, l] = s[k, l] == 0.0 ? 0.0 : s[k, l] / z[Group(k)];
            }
        }

        return s;
    }
}
