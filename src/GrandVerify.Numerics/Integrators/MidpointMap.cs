using System.Globalization;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// The midpoint map of (40): P(t, xi) = (I_2 (x) S^{-1}) (I + h/2 E(t, xi))^2 with
/// S = I + h^2/(4 eps) C(x_xi), the Schur complement of I - h/2 E (a b h^2/4 = -h^2/(4 eps)).
/// (I - h/2 E)^{-1} exists iff S is invertible, and then P^T (J (x) R) P = J (x) R whenever
/// C(x_xi) commutes with I_n (x) R, so every y = P y_k keeps Q_R. Applying P costs one LU of S.
/// </summary>
public static class MidpointMap
{
    /// <summary>
    /// Largest accepted estimated 1-norm condition number of S: a solve loses about log10 cond
    /// digits, so beyond 1e12 fewer than 4 of the 16 digits remain and the rounding analysis
    /// behind the conservation bound (error ~ u per step) no longer holds.
    /// </summary>
    public const double MaxConditionNumber = 1e12;

    /// <summary>P(t, xi) as a dense 2nd x 2nd matrix (for checking P^T (J (x) R) P).</summary>
    public static Matrix<double> Matrix(
        DiffusionSystem system, double t, double h, Vector<double> xi)
    {
        StepGuard.Check(system, h, xi);
        var nd = system.Layout.BlockSize;
        var e = system.Matrix(t, xi);
        var identity = Matrix<double>.Build.DenseIdentity(2 * nd);

        // P = (I_2 (x) S^{-1}) (I + h/2 E)^2   (40)
        var half = identity + (e * (h / 2.0));
        var s = Schur(system, h, system.AssembleC(xi));
        var sInverse = Factor(s, t).Inverse();
        var block = Matrix<double>.Build.Dense(2 * nd, 2 * nd);
        block.SetSubMatrix(0, 0, sInverse);
        block.SetSubMatrix(nd, nd, sInverse);
        return block * half * half;
    }

    /// <summary>P(t, xi) y applied without forming P; returns cond_1(S) as well.</summary>
    internal static Vector<double> Apply(
        DiffusionSystem system, double t, double h, Vector<double> xi, Vector<double> y,
        out double condition)
    {
        var nd = system.Layout.BlockSize;
        var (a, b) = (system.GrowthFactor(t), system.DampingFactor(t));
        var c = system.AssembleC(xi);
        var x = system.Layout.Positions(y);
        var p = system.Layout.Momenta(y);

        // (x, p) <- (I + h/2 E)(x, p) twice: x += h/2 a p, p += h/2 b C x   (40)
        for (var pass = 0; pass < 2; pass++)
        {
            var cx = c * x;
            var xNew = x + (p * (h / 2.0 * a));
            p.Add(cx * (h / 2.0 * b), p);
            x = xNew;
        }

        // S x' = x, S p' = p with S = I + h^2/(4 eps) C   (40)
        var s = Schur(system, h, c);
        var lu = Factor(s, t);
        condition = ConditionNumber(s, lu, t);
        var result = Vector<double>.Build.Dense(2 * nd);
        result.SetSubVector(0, nd, lu.Solve(x));
        result.SetSubVector(nd, nd, lu.Solve(p));
        return result;
    }

    private static Matrix<double> Schur(DiffusionSystem system, double h, Matrix<double> c)
    {
        // S = I + h^2/(4 eps) C
        var s = c * (h * h / (4.0 * system.Eps));
        for (var i = 0; i < s.RowCount; i++)
        {
            s[i, i] += 1.0;
        }

        return s;
    }

    private static LU<double> Factor(Matrix<double> s, double t)
    {
        var lu = s.LU();
        var u = lu.U;
        for (var i = 0; i < u.RowCount; i++)
        {
            if (u[i, i] == 0.0 || !double.IsFinite(u[i, i]))
            {
                throw new NumericalFailureException(
                    $"S = I + h^2/(4 eps) C(x) is singular (pivot {i} of its LU is {u[i, i]})",
                    t,
                    "reduce h (S -> I as h -> 0) or increase eps");
            }
        }

        return lu;
    }

    private static double ConditionNumber(Matrix<double> s, LU<double> lu, double t)
    {
        // cond_1(S) = |S|_1 |S^{-1}|_1, estimated from the LU
        var condition = ConditionEstimator.Estimate(s, lu);
        if (!(condition <= MaxConditionNumber))
        {
            throw new NumericalFailureException(
                "S = I + h^2/(4 eps) C(x) is ill-conditioned: cond_1(S) = " +
                $"{condition.ToString("G3", CultureInfo.InvariantCulture)} " +
                $"exceeds {MaxConditionNumber:G3}",
                t,
                "reduce h (S -> I as h -> 0) or increase eps");
        }

        return condition;
    }
}
