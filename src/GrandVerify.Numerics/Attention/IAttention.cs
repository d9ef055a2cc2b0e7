using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Attention;

/// <summary>
/// An attention g: from the scores C_ij = x_i^T W x_j (18) of all ordered pairs, the n x n
/// matrices G_ij = w_ij g(C_ij) (9) and D_ij = w_ij g'(C_ij), the coefficient of the W term
/// of (19). Both vanish where w_ij = 0, in particular on the diagonal.
/// </summary>
public interface IAttention
{
    /// <summary>Name used for lookup (lower case, e.g. "softmax").</summary>
    string Name { get; }

    /// <summary>
    /// Fills <paramref name="g"/> with G and <paramref name="gPrime"/> with D (both n x n,
    /// overwritten) from the n x n score matrix <paramref name="scores"/>.
    /// </summary>
    void Evaluate(
        Graph graph, Matrix<double> scores, Matrix<double> g, Matrix<double> gPrime);
}
