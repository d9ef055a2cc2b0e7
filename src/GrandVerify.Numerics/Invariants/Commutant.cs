using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Invariants;

/// <summary>
/// The commutant of W in so(d): all skew R with [W, R] = WR - RW = 0 (23), the rotations whose
/// charges Theorem 1 conserves. Computed as the nullspace, by SVD, of the d^2 x d(d-1)/2 matrix
/// of R -> [W, R] on the basis R_{a,b}; returned orthonormal in the Frobenius inner product.
/// </summary>
public static class Commutant
{
    /// <summary>
    /// A singular value sigma counts as zero when sigma &lt;= Tolerance * max(|W|_2, tiny):
    /// the map R -> [W, R] has norm &lt;= 2 |W|_2, and its computed singular values carry
    /// errors of order u |W|_2 ~ 1e-16 |W|_2, so 1e-10 separates rounding from structure by
    /// six orders on either side.
    /// </summary>
    public const double Tolerance = 1e-10;

    /// <summary>An orthonormal basis (Frobenius) of {R skew : [W, R] = 0}.</summary>
    public static IReadOnlyList<Matrix<double>> Basis(
        Coupling coupling, double tolerance = Tolerance)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var w = coupling.Matrix;
        var d = w.RowCount;
        if (d < 2)
        {
            return [];
        }

        // columns: vec([W, R_k]) for the so(d) basis R_k
        var generators = RotationBasis.So(d).Select(r => r.Matrix()).ToArray();
        var map = Matrix<double>.Build.Dense(d * d, generators.Length);
        for (var k = 0; k < generators.Length; k++)
        {
            var bracket = (w * generators[k]) - (generators[k] * w);
            map.SetColumn(k, bracket.Enumerate().ToArray());
        }

        // nullspace: right singular vectors with sigma <= tol |W|_2
        var svd = map.Svd(computeVectors: true);
        var threshold = tolerance * Math.Max(w.L2Norm(), double.Epsilon);
        var basis = new List<Matrix<double>>();
        for (var k = 0; k < generators.Length; k++)
        {
            var sigma = k < svd.S.Count ? svd.S[k] : 0.0;
            if (sigma > threshold)
            {
                continue;
            }

            // R = sum_j v_j R_j / sqrt 2, unit Frobenius norm since |R_j|_F^2 = 2
            var v = svd.VT.Row(k);
            var r = Matrix<double>.Build.Dense(d, d);
            for (var j = 0; j < generators.Length; j++)
            {
                r += generators[j] * (v[j] / Math.Sqrt(2.0));
            }

            basis.Add(r);
        }

        return basis;
    }

    /// <summary>True when |[W, R]|_F &lt;= tol |W|_F |R|_F.</summary>
    public static bool Commutes(Coupling coupling, Matrix<double> r, double tolerance = Tolerance)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        SkewMatrix.Check(r, coupling.Dimension, nameof(r));
        var w = coupling.Matrix;
        var bracket = (w * r) - (r * w);
        return bracket.FrobeniusNorm() <= tolerance * w.FrobeniusNorm() * r.FrobeniusNorm();
    }
}
