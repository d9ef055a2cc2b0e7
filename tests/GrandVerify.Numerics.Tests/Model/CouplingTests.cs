using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Model;

public sealed class CouplingTests
{
    [Fact]
    public void FromMatrix_Asymmetric_ReportsTheAsymmetry()
    {
        var w = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0.25 }, { 0, 1 } });

        var e = Assert.Throws<ArgumentException>(() => Coupling.FromMatrix(w));

        Assert.Contains("max|W - W^T| = 0.25", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMatrix_RoundingLevelAsymmetry_IsAcceptedAndSymmetrised()
    {
        var w = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0.3 }, { 0.3 + 1e-16, 1 } });

        var c = Coupling.FromMatrix(w);

        Assert.Equal(c[0, 1], c[1, 0]);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(0, 0)]
    public void FromMatrix_NotSquare_IsRejected(int rows, int columns)
    {
        var m = Matrix<double>.Build.Dense(rows, columns);

        Assert.Throws<ArgumentException>(() => Coupling.FromMatrix(m));
    }

    [Fact]
    public void FromMatrix_NaN_IsRejected()
    {
        var w = Matrix<double>.Build.DenseOfArray(new double[,] { { double.NaN } });

        Assert.Throws<ArgumentException>(() => Coupling.FromMatrix(w));
    }

    [Fact]
    public void FromKeyQuery_IsEquation18AndSymmetric()
    {
        var random = new Random(Fixtures.Seed);
        var wk = Matrix<double>.Build.Dense(6, 3, (_, _) => random.NextDouble() - 0.5);
        var wq = Matrix<double>.Build.Dense(6, 3, (_, _) => random.NextDouble() - 0.5);

        var w = Coupling.FromKeyQuery(wk, wq).Matrix;

        var expected = (wk.Transpose() * wq) + (wq.Transpose() * wk);
        Assert.True((w - expected).InfinityNorm() <= NumericTolerance.Algebraic);
        Assert.Equal(w, w.Transpose());
    }

    [Fact]
    public void FromKeyQuery_ShapeMismatch_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Coupling.FromKeyQuery(
            Matrix<double>.Build.Dense(4, 3), Matrix<double>.Build.Dense(4, 2)));
    }

    [Theory]
    [InlineData("diag(1e-3,1e-3,1,1)", new[] { 1e-3, 1e-3, 1, 1 })]
    [InlineData(" diag( 2, -0.5 ) ", new[] { 2, -0.5 })]
    [InlineData("1e-3*I(3)", new[] { 1e-3, 1e-3, 1e-3 })]
    public void Parse_ReadsDiagonalForms(string text, double[] diagonal)
    {
        var w = Coupling.Parse(text);

        Assert.Equal(Matrix<double>.Build.DenseOfDiagonalArray(diagonal), w.Matrix);
    }

    [Theory]
    [InlineData("diag(1,x)")]
    [InlineData("diag()")]
    [InlineData("eye(3)")]
    [InlineData("2*I(0)")]
    public void Parse_Garbage_NamesTheText(string text)
    {
        var e = Assert.Throws<FormatException>(() => Coupling.Parse(text));

        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OfDiagonal_ParsesBack()
    {
        var w = Coupling.Diagonal(1e-3, 1e-3, 1, 1);

        Assert.Equal("diag(0.001,0.001,1,1)", w.ToString());
        Assert.Equal(w.Matrix, Coupling.Parse(w.ToString()).Matrix);
    }
}
