using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// An attention given by its weights G_ij as functions of bilinear invariants
/// B^k_ij = x_i^T M_k x_j (k = 1..m, each M_k a d x d matrix, not necessarily symmetric), so
/// that U(x) = sum_{i,j} G_ij(B) |x_i - x_j|^2 (9) depends on x only through B and the
/// distances. Then grad_i U = sum_k sum_j (dU/dB^k_ij M_k + dU/dB^k_ji M_k^T) x_j plus the
/// distance part, and U(e^{sR} x) = U(x) for every skew R commuting with all M_k (Noether).
/// The matrices B^k are indexed by ordered pairs (i, j); nothing assumes B^k_ij = B^k_ji.
/// </summary>
public interface IAttentionPotential
{
    /// <summary>Name, e.g. "row-softmax".</summary>
    string Name { get; }

    /// <summary>d.</summary>
    int Dimension { get; }

    /// <summary>M_1, ..., M_m (copies are not required: callers must not modify them).</summary>
    IReadOnlyList<Matrix<double>> Invariants { get; }

    /// <summary>A label per invariant, e.g. "W" or "W_K^T W_K".</summary>
    IReadOnlyList<string> InvariantLabels { get; }

    /// <summary>The symmetric coupling W with which the block formula (19) is applied.</summary>
    Coupling Coupling { get; }

    /// <summary>Fills <paramref name="g"/> (n x n, overwritten) with G_ij(B).</summary>
    void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g);

    /// <summary>
    /// Adds sum_{i,j} lambda_ij dG_ij/dB^k_ab to <paramref name="bBar"/>[k][a, b] for every k,
    /// a, b: the pull-back of the multipliers lambda through G (a vector-Jacobian product).
    /// </summary>
    void Pullback(
        Graph graph,
        IReadOnlyList<Matrix<double>> b,
        Matrix<double> lambda,
        IReadOnlyList<Matrix<double>> bBar);

    /// <summary>
    /// Fills <paramref name="d"/> with D_ij of (19): the derivative of G_ij with respect to its
    /// own score B^s_ij (s: the score invariant) with everything else held fixed
    /// (w_ij g'(C_ij) for an elementwise g).
    /// </summary>
    void PaperDerivative(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d);
}
