using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Model;

/// <summary>
/// The potential part of (30): the symmetric nd x nd matrix C(x), the force C(x) x and the
/// potential U(x) = sum_{i,j} G_ij |x_i - x_j|^2. Positions x are the x block of the state,
/// (x_1, ..., x_n) of length n d. A force model consistent with U has C(x) x = -1/2 grad U.
/// </summary>
public interface IForceModel
{
    /// <summary>Short name (e.g. "paper-19").</summary>
    string Name { get; }

    /// <summary>The graph (weights w_ij).</summary>
    Graph Graph { get; }

    /// <summary>The coupling W.</summary>
    Coupling Coupling { get; }

    /// <summary>
    /// The attention g when the force is built from one acting on the scores C_ij; null when
    /// G depends on x otherwise (for instance the cosine attention of a potential model).
    /// </summary>
    IAttention? Attention { get; }

    /// <summary>n.</summary>
    int NodeCount { get; }

    /// <summary>d.</summary>
    int Dimension { get; }

    /// <summary>Writes C(x) into the nd x nd matrix <paramref name="c"/> (overwritten).</summary>
    void AssembleInto(Vector<double> x, Matrix<double> c);

    /// <summary>C(x) as a new matrix.</summary>
    Matrix<double> Assemble(Vector<double> x);

    /// <summary>The force C(x) x.</summary>
    Vector<double> Force(Vector<double> x);

    /// <summary>U(x) = sum_{i,j} G_ij |x_i - x_j|^2.</summary>
    double Potential(Vector<double> x);
}
