using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// The parameters an attention may use: the symmetric coupling W of C_ij = x_i^T W x_j (18),
/// key and query matrices W_K, W_Q (d' x d) of M_ij = (W_K x_i)^T (W_Q x_j), and the length
/// scale zeta of the exponential kernel. <see cref="FromCoupling"/> derives W_K = I_d and
/// W_Q = W/2 from W, so that M_ij + M_ji = x_i^T W x_j and every rotation commuting with W
/// commutes with W_K^T W_K = I, W_Q^T W_Q = W^2/4 and W_K^T W_Q = W/2 too.
/// </summary>
public sealed record AttentionParameters
{
    private AttentionParameters(
        Coupling coupling, Matrix<double> keys, Matrix<double> queries, double zeta)
    {
        Coupling = coupling;
        Keys = keys;
        Queries = queries;
        Zeta = zeta;
    }

    /// <summary>W (symmetric, d x d).</summary>
    public Coupling Coupling { get; }

    /// <summary>W_K (d' x d).</summary>
    public Matrix<double> Keys { get; }

    /// <summary>W_Q (d' x d).</summary>
    public Matrix<double> Queries { get; }

    /// <summary>zeta &gt; 0.</summary>
    public double Zeta { get; }

    /// <summary>d.</summary>
    public int Dimension => Coupling.Dimension;

    /// <summary>W given; W_K = I_d, W_Q = W/2; zeta as given (default 1).</summary>
    public static AttentionParameters FromCoupling(Coupling coupling, double zeta = 1.0)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        CheckZeta(zeta);
        var d = coupling.Dimension;
        return new AttentionParameters(
            coupling, Matrix<double>.Build.DenseIdentity(d), coupling.Matrix * 0.5, zeta);
    }

    /// <summary>W_K and W_Q given; W = W_K^T W_Q + W_Q^T W_K (18).</summary>
    public static AttentionParameters FromKeyQuery(
        Matrix<double> keys, Matrix<double> queries, double zeta = 1.0)
    {
        var coupling = Coupling.FromKeyQuery(keys, queries);
        CheckZeta(zeta);
        return new AttentionParameters(coupling, keys.Clone(), queries.Clone(), zeta);
    }

    private static void CheckZeta(double zeta)
    {
        if (!(zeta > 0.0) || !double.IsFinite(zeta))
        {
            throw new ArgumentOutOfRangeException(
                nameof(zeta), zeta, "the kernel length zeta must be positive and finite");
        }
    }
}
