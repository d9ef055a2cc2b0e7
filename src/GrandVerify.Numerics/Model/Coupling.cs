using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Model;

/// <summary>
/// The symmetric d x d coupling W of C_ij = x_i^T W x_j (18): given directly, or from key and
/// query matrices as W = W_K^T W_Q + W_Q^T W_K. Immutable; <see cref="Matrix"/> is a copy.
/// </summary>
public sealed class Coupling
{
    /// <summary>
    /// Accepted asymmetry max|W - W^T| relative to max|W|: a few ulps, the rounding a
    /// symmetric matrix picks up when it is computed rather than typed.
    /// </summary>
    public const double SymmetryTolerance = 1e-12;

    private readonly Matrix<double> w;

    private Coupling(Matrix<double> w) => this.w = w;

    /// <summary>Dimension d of the node features.</summary>
    public int Dimension => w.RowCount;

    /// <summary>W as a fresh matrix.</summary>
    public Matrix<double> Matrix => w.Clone();

    /// <summary>Entry W_ab.</summary>
    public double this[int a, int b] => w[a, b];

    /// <summary>
    /// W from a matrix; rejects non-square, non-finite, or asymmetric input (the message gives
    /// max|W - W^T|). The stored matrix is the exact symmetric part (W + W^T)/2.
    /// </summary>
    public static Coupling FromMatrix(Matrix<double> matrix, double tolerance = SymmetryTolerance)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.RowCount != matrix.ColumnCount || matrix.RowCount == 0)
        {
            throw new ArgumentException(
                $"W must be square and non-empty, got {matrix.RowCount}x{matrix.ColumnCount}",
                nameof(matrix));
        }

        if (matrix.Enumerate().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("W has a NaN or infinite entry", nameof(matrix));
        }

        // asymmetry = max|W - W^T|, compared with tol * max(1, max|W|)
        var asymmetry = (matrix - matrix.Transpose()).Enumerate().Select(Math.Abs).Max();
        var size = Math.Max(1.0, matrix.Enumerate().Select(Math.Abs).Max());
        if (asymmetry > tolerance * size)
        {
            throw new ArgumentException(
                $"W is not symmetric: max|W - W^T| = {asymmetry:G6} " +
                $"exceeds {tolerance:G3} * {size:G6}",
                nameof(matrix));
        }

        return new Coupling((matrix + matrix.Transpose()) * 0.5);
    }

    /// <summary>W = W_K^T W_Q + W_Q^T W_K (18) from d' x d key and query matrices.</summary>
    public static Coupling FromKeyQuery(Matrix<double> keys, Matrix<double> queries)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(queries);
        if (keys.RowCount != queries.RowCount || keys.ColumnCount != queries.ColumnCount)
        {
            throw new ArgumentException(
                $"W_K ({keys.RowCount}x{keys.ColumnCount}) and W_Q " +
                $"({queries.RowCount}x{queries.ColumnCount}) must have the same shape");
        }

        // W = W_K^T W_Q + (W_K^T W_Q)^T   (18)
        var m = keys.TransposeThisAndMultiply(queries);
        return new Coupling(m + m.Transpose());
    }

    /// <summary>W = diag(values).</summary>
    public static Coupling Diagonal(params double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return FromMatrix(Matrix<double>.Build.DenseOfDiagonalArray(values));
    }

    /// <summary>W = c I_d.</summary>
    public static Coupling Scalar(double c, int d) =>
        FromMatrix(Matrix<double>.Build.DenseIdentity(d) * c);

    /// <summary>
    /// Parses "diag(a, b, ...)" (invariant culture, e.g. "diag(1e-3,1e-3,1,1)") or
    /// "c*I(d)" (e.g. "1e-3*I(4)"). Throws <see cref="FormatException"/> naming the text.
    /// </summary>
    public static Coupling Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace(" ", "", StringComparison.Ordinal);
        if (s.StartsWith("diag(", StringComparison.OrdinalIgnoreCase) && s.EndsWith(')'))
        {
            var values = s[5..^1].Split(',').Select(v => ParseNumber(v, text)).ToArray();
            return Diagonal(values);
        }

        var star = s.IndexOf("*I(", StringComparison.OrdinalIgnoreCase);
        if (star > 0 && s.EndsWith(')') && int.TryParse(s[(star + 3)..^1], NumberStyles.None,
                CultureInfo.InvariantCulture, out var d) && d > 0)
        {
            return Scalar(ParseNumber(s[..star], text), d);
        }

        throw new FormatException(
            $"cannot read W from '{text}': expected 'diag(a,b,...)' or 'c*I(d)'");
    }

    /// <summary>Text form "diag(...)" when W is diagonal, otherwise rows in brackets.</summary>
    public override string ToString()
    {
        static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
        var isDiagonal = Enumerable.Range(0, Dimension)
            .All(a => Enumerable.Range(0, Dimension).All(b => a == b || w[a, b] == 0.0));
        if (isDiagonal)
        {
            var diagonal = Enumerable.Range(0, Dimension).Select(a => F(w[a, a]));
            return $"diag({string.Join(",", diagonal)})";
        }

        var rows = w.EnumerateRows().Select(r => string.Join(",", r.Select(F)));
        return "[" + string.Join("; ", rows) + "]";
    }

    private static double ParseNumber(string token, string text)
    {
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            || !double.IsFinite(v))
        {
            throw new FormatException(
                $"cannot read W from '{text}': '{token}' is not a finite number");
        }

        return v;
    }
}
