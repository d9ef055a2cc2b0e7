using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// A symmetric d x d coupling W with prescribed eigenvalue multiplicities: d coordinates split
/// into <see cref="Groups"/> eigenspaces, each with its own eigenvalue k/16 != 0 in [-1, 1], so a
/// group of size m contributes so(m) to the commutant. Also the paper's W1, W2 and W from
/// random W_K, W_Q whose last two columns vanish (so so(2) survives). R commuting with W is a
/// random dyadic combination of a commutant basis (built exactly for
/// <see cref="CouplingKind.ExactSpectral"/>, from <see cref="Commutant.Basis"/> otherwise).
/// Shrinks toward d = 2, one eigenspace, the exact kind.
/// </summary>
public sealed record CouplingSpec(CouplingKind Kind, int Dimension, int Groups, int Seed)
{
    /// <summary>
    /// Smallest accepted |[W, R]|_F / (|W|_F |R|_F) for the non-commuting R, so that the
    /// charge drift it causes is far above rounding.
    /// </summary>
    public const double MinimumRelativeCommutator = 0.05;

    /// <summary>Grid of the exact kind: entries are multiples of 2^-16 below 2^8 in size.</summary>
    private const double ExactGrid = 65536.0;

    /// <summary>d after the paper kinds force d = 4.</summary>
    public int EffectiveDimension => Kind is CouplingKind.PaperW1 or CouplingKind.PaperW2
        ? 4 : Dimension;

    /// <summary>Draws W and the two rotations; deterministic in the record.</summary>
    public CouplingInstance Build()
    {
        var d = EffectiveDimension;
        var random = new Random(Seed);
        var (w, r, exact) = Kind switch
        {
            CouplingKind.PaperW1 => Paper(Coupling.Scalar(1e-3, 4), random),
            CouplingKind.PaperW2 => Paper(Coupling.Diagonal(1e-3, 1e-3, 1.0, 1.0), random),
            CouplingKind.ExactSpectral => Exact(d, random),
            CouplingKind.RandomSpectral => Spectral(d, random),
            CouplingKind.KeyQuery => KeyQuery(d, random),
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "unknown kind"),
        };
        return new CouplingInstance(w, r, exact, NonCommuting(w, random));
    }

    /// <summary>Smaller d, fewer eigenspaces, the exact kind.</summary>
    public IEnumerable<CouplingSpec> Shrink()
    {
        if (Kind is not (CouplingKind.ExactSpectral or CouplingKind.PaperW1))
        {
            yield return this with { Kind = CouplingKind.ExactSpectral };
        }

        if (Dimension > 2 && Kind is not (CouplingKind.PaperW1 or CouplingKind.PaperW2))
        {
            yield return this with { Dimension = 2, Groups = 1 };
            yield return this with
            {
                Dimension = Dimension - 1,
                Groups = Math.Min(Groups, Dimension - 1),
            };
        }

        if (Groups > 1)
        {
            yield return this with { Groups = 1 };
        }
    }

    private static (Coupling, Matrix<double>?, bool) Paper(Coupling w, Random random)
    {
        // the commutant of a diagonal W is spanned by the R_{a,b} with equal W_aa, W_bb
        var r = Matrix<double>.Build.Dense(4, 4);
        foreach (var rotation in RotationBasis.So(4))
        {
            if (w[rotation.A - 1, rotation.A - 1] == w[rotation.B - 1, rotation.B - 1])
            {
                r += rotation.Matrix() * Dyadic(random);
            }
        }

        return (w, r, true);
    }

    private (Coupling, Matrix<double>?, bool) Exact(int d, Random random)
    {
        // W = V^T diag(lambda) V, R = V^T A V with A skew inside each eigenspace
        var group = Partition(d, random);
        var lambda = Eigenvalues(group, random);
        var v = ExactOrthogonal(d, random);
        var a = Matrix<double>.Build.Dense(d, d);
        for (var i = 0; i < d; i++)
        {
            for (var j = i + 1; j < d; j++)
            {
                if (group[i] == group[j])
                {
                    a[i, j] = Dyadic(random);
                    a[j, i] = -a[i, j];
                }
            }
        }

        var w = v.TransposeThisAndMultiply(Matrix<double>.Build.DenseOfDiagonalArray(lambda) * v);
        var r = v.TransposeThisAndMultiply(a * v);
        CheckExact(w, r);
        var hasCharge = r.Enumerate().Any(e => e != 0.0);
        return (Coupling.FromMatrix(w), hasCharge ? r : null, true);
    }

    private (Coupling, Matrix<double>?, bool) Spectral(int d, Random random)
    {
        // W = U diag(lambda) U^T with U orthogonal from the QR of a Gaussian matrix
        var group = Partition(d, random);
        var lambda = Eigenvalues(group, random);
        var gaussian = Matrix<double>.Build.Random(d, d, new Normal(0.0, 1.0, random));
        var u = gaussian.QR().Q;
        var w = u * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * u.Transpose();
        var coupling = Coupling.FromMatrix(w);
        return (coupling, FromBasis(coupling, random), false);
    }

    private static (Coupling, Matrix<double>?, bool) KeyQuery(int d, Random random)
    {
        // W_K, W_Q random d x d, last two columns zero when d >= 3 (W acts on the rest only)
        var keys = Matrix<double>.Build.Random(d, d, new Normal(0.0, 0.5, random));
        var queries = Matrix<double>.Build.Random(d, d, new Normal(0.0, 0.5, random));
        for (var c = d >= 3 ? d - 2 : d; c < d; c++)
        {
            keys.ClearColumn(c);
            queries.ClearColumn(c);
        }

        var coupling = Coupling.FromKeyQuery(keys, queries);
        return (coupling, FromBasis(coupling, random), false);
    }

    private static Matrix<double>? FromBasis(Coupling w, Random random)
    {
        // R = sum_j c_j B_j over an orthonormal commutant basis, c_j = +-k/8
        var basis = Commutant.Basis(w);
        if (basis.Count == 0)
        {
            return null;
        }

        var r = Matrix<double>.Build.Dense(w.Dimension, w.Dimension);
        foreach (var b in basis)
        {
            r += b * Dyadic(random);
        }

        return (r - r.Transpose()) * 0.5;
    }

    private static Matrix<double>? NonCommuting(Coupling w, Random random)
    {
        // a dyadic skew R with |[W, R]|_F >= 0.05 |W|_F |R|_F, when W is not scalar
        var d = w.Dimension;
        var wm = w.Matrix;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var r = Matrix<double>.Build.Dense(d, d);
            for (var i = 0; i < d; i++)
            {
                for (var j = i + 1; j < d; j++)
                {
                    r[i, j] = Dyadic(random);
                    r[j, i] = -r[i, j];
                }
            }

            var bracket = ((wm * r) - (r * wm)).FrobeniusNorm();
            if (bracket > 0.0
                && bracket >= MinimumRelativeCommutator * wm.FrobeniusNorm() * r.FrobeniusNorm())
            {
                return r;
            }
        }

        return null;
    }

    private int[] Partition(int d, Random random)
    {
        // coordinate -> eigenspace; Groups >= 1 distinct groups, every group non-empty
        var groups = Math.Clamp(Groups, 1, d);
        var group = Enumerable.Range(0, d).Select(i => i < groups ? i : random.Next(groups))
            .ToArray();
        random.Shuffle(group);
        return group;
    }

    private static double[] Eigenvalues(int[] group, Random random)
    {
        // distinct lambda_g = k/16, k in -16..16 without 0 (W != 0), one per group
        var values = Enumerable.Range(-16, 33).Where(k => k != 0).Select(k => k / 16.0).ToArray();
        random.Shuffle(values);
        return [.. group.Select(g => values[g])];
    }

    private static Matrix<double> ExactOrthogonal(int d, Random random)
    {
        // V = signed permutation times blockdiag(H_4 / 2, I) (H_4 Hadamard) when d >= 4
        var v = Matrix<double>.Build.DenseIdentity(d);
        if (d >= 4 && random.Next(2) == 1)
        {
            double[,] h =
            {
                { 1, 1, 1, 1 }, { 1, -1, 1, -1 }, { 1, 1, -1, -1 }, { 1, -1, -1, 1 },
            };
            v.SetSubMatrix(0, 0, Matrix<double>.Build.DenseOfArray(h) * 0.5);
        }

        var order = Enumerable.Range(0, d).ToArray();
        random.Shuffle(order);
        var p = Matrix<double>.Build.Dense(d, d);
        for (var i = 0; i < d; i++)
        {
            p[i, order[i]] = random.Next(2) == 0 ? 1.0 : -1.0;
        }

        return p * v;
    }

    private static void CheckExact(Matrix<double> w, Matrix<double> r)
    {
        // dyadic entries with few bits: every product and sum in [W, R] is exact in double
        foreach (var e in w.Enumerate().Concat(r.Enumerate()))
        {
            var scaled = e * ExactGrid;
            if (scaled != Math.Round(scaled) || Math.Abs(e) > 256.0)
            {
                throw new InvalidOperationException($"entry {e} is off the exact grid 2^-16");
            }
        }

        if (((w * r) - (r * w)).Enumerate().Any(e => e != 0.0))
        {
            throw new InvalidOperationException("[W, R] is not exactly zero");
        }
    }

    private static double Dyadic(Random random)
    {
        // +-k/8, k = 1..8
        var k = random.Next(1, 9);
        return random.Next(2) == 0 ? k / 8.0 : -k / 8.0;
    }
}
