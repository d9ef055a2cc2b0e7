using GrandVerify.Numerics.Experiments;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>Small norm and model helpers shared by the checks.</summary>
public static class Norms
{
    /// <summary>|x|_2 of the x block of y.</summary>
    public static double X(StateLayout layout, Vector<double> y) =>
        layout.Positions(y).L2Norm();

    /// <summary>|p|_2 of the p block of y.</summary>
    public static double P(StateLayout layout, Vector<double> y) =>
        layout.Momenta(y).L2Norm();

    /// <summary>The scale of the library's conservation verdict, |x| |p|.</summary>
    public static double NodeScale(StateLayout layout, Vector<double> y) =>
        Experiment.Scale(layout, y);

    /// <summary>
    /// kappa = max_r sum_{s != r} |D_rs| |x_r - x_s|^2, D_rs = w_rs g'(C_rs): the largest block
    /// row sum of the coefficients k_rs of W in (19), so |[C, R^]|_2 &lt;= kappa |[W, R]|_2.
    /// </summary>
    public static double WeightCoefficientRowSum(IForceModel force, Vector<double> x)
    {
        var (n, d) = (force.NodeCount, force.Dimension);
        var positions = Matrix<double>.Build.Dense(n, d, (i, a) => x[(i * d) + a]);
        var scores = positions * force.Coupling.Matrix * positions.Transpose();
        var g = Matrix<double>.Build.Dense(n, n);
        var gPrime = Matrix<double>.Build.Dense(n, n);
        var attention = force.Attention
            ?? throw new ArgumentException("kappa needs a force model with an attention");
        attention.Evaluate(force.Graph, scores, g, gPrime);
        var kappa = 0.0;
        for (var r = 0; r < n; r++)
        {
            var row = 0.0;
            for (var s = 0; s < n; s++)
            {
                var diff = positions.Row(r) - positions.Row(s);
                row += s == r ? 0.0 : Math.Abs(gPrime[r, s]) * diff.DotProduct(diff);
            }

            kappa = Math.Max(kappa, row);
        }

        return kappa;
    }

    /// <summary>
    /// An upper bound of the true |[W, R]|_F of stored W, R: the computed commutator plus the
    /// rounding of computing it, 2 gamma_{d+1} || |W| |R| ||_F.
    /// </summary>
    public static double CommutatorBound(Matrix<double> w, Matrix<double> r)
    {
        var d = w.RowCount;
        var computed = ((w * r) - (r * w)).FrobeniusNorm();
        var absolute = w.PointwiseAbs() * r.PointwiseAbs();
        return computed + (2.0 * (d + 1) * MidpointRoundingBound.UnitRoundoff
            * absolute.FrobeniusNorm());
    }

    /// <summary>|| |L| |U| ||_inf of the LU factors of S.</summary>
    public static double LuGrowth(Matrix<double> s)
    {
        var lu = s.LU();
        return (lu.L.PointwiseAbs() * lu.U.PointwiseAbs()).InfinityNorm();
    }
}
