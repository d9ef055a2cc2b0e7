using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// exp(s R) for a skew R by scaling and squaring: exp(A) = exp(A / 2^j)^{2^j} with
/// |A / 2^j|_F &lt;= 1/2 and a Taylor sum of <see cref="Terms"/> terms (remainder below
/// (1/2)^18 / 18! ~ 6e-22). The result is orthogonal to a few ulps and commutes with every W
/// that R commutes with.
/// </summary>
public static class SkewExponential
{
    /// <summary>Taylor terms after scaling.</summary>
    public const int Terms = 18;

    /// <summary>exp(s R).</summary>
    public static Matrix<double> Of(Matrix<double> r, double s)
    {
        var a = r * s;
        var squarings = 0;
        while (a.FrobeniusNorm() > 0.5)
        {
            a /= 2.0;
            squarings++;
        }

        // sum_{k <= Terms} A^k / k!
        var term = Matrix<double>.Build.DenseIdentity(r.RowCount);
        var sum = term.Clone();
        for (var k = 1; k <= Terms; k++)
        {
            term = term * a / k;
            sum += term;
        }

        for (var j = 0; j < squarings; j++)
        {
            sum *= sum;
        }

        return sum;
    }
}
