using GrandVerify.Numerics.Invariants;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// The rotations leaving an attention potential invariant: {R in so(d) : [M_k, R] = 0 for all
/// k}, the nullspace (by SVD) of R -> ([M_1, R], ..., [M_m, R]) on the basis R_{a,b}.
/// [M, R] = 0 iff [M^T, R] = 0 for skew R, so non-symmetric M_k need no separate transpose.
/// </summary>
public static class JointCommutant
{
    /// <summary>
    /// sigma counts as zero when sigma &lt;= tol * max_k |M_k|_2, as for
    /// <see cref="Commutant.Tolerance"/>: the map has norm &lt;= 2 sqrt(m) max |M_k|_2 and its
    /// singular values carry rounding errors of order u max |M_k|_2.
    /// </summary>
    public const double Tolerance = Commutant.Tolerance;

    /// <summary>An orthonormal (Frobenius) basis of the joint commutant in so(d).</summary>
    public static IReadOnlyList<Matrix<double>> Basis(IReadOnlyList<Matrix<double>> matrices)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        if (matrices.Count == 0)
        {
            throw new ArgumentException("need at least one matrix M_k", nameof(matrices));
        }

        var d = matrices[0].RowCount;
        if (d < 2)
        {
            return [];
        }

        // columns: (vec [M_1, R_j]; ...; vec [M_m, R_j]) for the so(d) basis R_j
        var generators = RotationBasis.So(d).Select(r => r.Matrix()).ToArray();
        var map = Matrix<double>.Build.Dense(
            Math.Max(d * d * matrices.Count, generators.Length), generators.Length);
        for (var j = 0; j < generators.Length; j++)
        {
            var column = matrices
                .SelectMany(m => ((m * generators[j]) - (generators[j] * m)).Enumerate())
                .ToArray();
            map.SetColumn(j, 0, column.Length, Vector<double>.Build.DenseOfArray(column));
        }

        // nullspace: right singular vectors with sigma <= tol max |M_k|_2
        var svd = map.Svd(computeVectors: true);
        var scale = Math.Max(matrices.Max(m => m.L2Norm()), double.Epsilon);
        var basis = new List<Matrix<double>>();
        for (var k = 0; k < generators.Length; k++)
        {
            var sigma = k < svd.S.Count ? svd.S[k] : 0.0;
            if (sigma > Tolerance * scale)
            {
                continue;
            }

            // R = sum_j v_j R_j / sqrt 2 (|R_j|_F^2 = 2)
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

    /// <summary>True when |[M_k, R]|_F &lt;= tol |M_k|_F |R|_F for every k.</summary>
    public static bool Commutes(IReadOnlyList<Matrix<double>> matrices, Matrix<double> r)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        ArgumentNullException.ThrowIfNull(r);
        return matrices.All(m => ((m * r) - (r * m)).FrobeniusNorm()
            <= Tolerance * m.FrobeniusNorm() * r.FrobeniusNorm());
    }
}
