using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

public sealed class MatrixTests
{
    private static ExprMatrix M(params string[][] rows) =>
        ExprMatrix.FromRows(rows.Select(r => r.Select(Expr.Parse).ToArray()).ToArray());

    [Fact]
    public void Blocks_TransposeKroneckerTrace()
    {
        var a = M(["a", "b"], ["c", "d"]);
        var blocks = ExprMatrix.Blocks(
            new ExprMatrix?[,] { { a, null }, { null, ExprMatrix.Identity(2) } });
        Assert.Equal(4, blocks.Rows);
        Assert.Equal(Expr.Parse("a + d + 2"), blocks.Trace());
        Assert.Equal(Expr.Parse("c"), a.Transpose()[0, 1]);
        var k = ExprMatrix.Kronecker(a, ExprMatrix.Identity(2));
        Assert.Equal(Expr.Parse("b"), k[1, 3]);
        Assert.True(k[0, 1].IsZero);
        Assert.Throws<ArgumentException>(() => a * ExprMatrix.Identity(3));
    }

    [Fact]
    public void Commutator_OfSymmetricAndSkew_IsSymmetric()
    {
        // [W, R] with W symmetric and R skew is symmetric
        var s = new GraphSymbols(1, 3);
        var c = ExprMatrix.Commutator(s.WMatrix(), s.RMatrix());
        Assert.True((c - c.Transpose()).IsZero);
        Assert.False(c.IsZero);
        Assert.False((c + c.Transpose()).IsZero);
    }

    [Fact]
    public void Solve_IsExact_AndSingularIsReported()
    {
        var a = M(["2", "1"], ["1", "3"]);
        var x = a.Solve(M(["1"], ["2"]));
        Assert.Equal(Expr.Parse("1/5"), x[0, 0]);
        Assert.Equal(Expr.Parse("3/5"), x[1, 0]);
        Assert.True((a * x - M(["1"], ["2"])).IsZero);
        Assert.Throws<InvalidOperationException>(() =>
            M(["1", "2"], ["2", "4"]).Solve(M(["1"], ["1"])));
        Assert.Throws<ArgumentException>(() => M(["x", "1"], ["1", "1"]).Solve(M(["1"], ["1"])));
    }

    [Fact]
    public void Nullspace_GivesTheCommutantOfARotationGenerator()
    {
        // X R = R X with R = e2 e1^T - e1 e2^T in R^4: row-major vec gives (I (x) R^T - R (x)
        // I) vec X = 0;
        // the commutant has dimension 2 (the plane) + 4 (the fixed 2-space) = 6
        var r = ExprMatrix.Build(4, 4, (i, j) =>
            (i, j) switch { (1, 0) => 1, (0, 1) => -1, _ => 0 });
        var i4 = ExprMatrix.Identity(4);
        var map = ExprMatrix.Kronecker(i4, r.Transpose()) - ExprMatrix.Kronecker(r, i4);
        var basis = map.Nullspace();
        Assert.Equal(6, basis.Cols);
        for (var k = 0; k < basis.Cols; k++)
        {
            var x = ExprMatrix.Build(4, 4, (i, j) => basis[4 * i + j, k]);
            Assert.True(ExprMatrix.Commutator(x, r).IsZero);
        }

        Assert.Equal(0, ExprMatrix.Identity(3).Nullspace().Cols);
    }

    [Fact]
    public void CompiledMatrix_AgreesWithEntries()
    {
        var m = M(["x*y", "exp(x)"], ["1/(1 + y^2)", "g(x)"]);
        var f = Compiler.CompileMatrix(m, [Symbol.Get("x"), Symbol.Get("y")], Generators.SineModel);
        var v = f([0.5, -2.0]);
        Assert.Equal(-1.0, v[0, 0], 14);
        Assert.Equal(Math.Exp(0.5), v[0, 1], 14);
        Assert.Equal(0.2, v[1, 0], 14);
        Assert.Equal(Math.Sin(0.5), v[1, 1], 14);
    }
}
