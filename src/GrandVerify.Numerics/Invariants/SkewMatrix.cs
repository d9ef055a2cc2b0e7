using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Invariants;

/// <summary>Validation of skew-symmetric matrices R = -R^T.</summary>
public static class SkewMatrix
{
    /// <summary>
    /// Accepted max|R + R^T| relative to max(1, max|R|): a few ulps of rounding in a computed
    /// R, far below any genuine symmetric part.
    /// </summary>
    public const double Tolerance = 1e-12;

    /// <summary>Throws unless <paramref name="r"/> is a skew d x d matrix.</summary>
    public static void Check(Matrix<double> r, int dimension, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(r, parameterName);
        if (r.RowCount != dimension || r.ColumnCount != dimension)
        {
            throw new ArgumentException(
                $"R must be {dimension}x{dimension}, got {r.RowCount}x{r.ColumnCount}",
                parameterName);
        }

        var defect = (r + r.Transpose()).Enumerate().Select(Math.Abs).DefaultIfEmpty(0.0).Max();
        var size = Math.Max(1.0, r.Enumerate().Select(Math.Abs).DefaultIfEmpty(0.0).Max());
        if (!(defect <= Tolerance * size))
        {
            throw new ArgumentException(
                $"R is not skew-symmetric: max|R + R^T| = {defect:G6}", parameterName);
        }
    }
}
