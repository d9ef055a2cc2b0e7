using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>The benchmark workloads decide what they claim, with negative controls.</summary>
public sealed class WorkloadTests
{
    [Fact]
    public void Expansion_HasAllMonomials_AndEqualsItself()
    {
        // (x_1 + ... + x_8)^8 has C(15, 7) = 6435 monomials
        Assert.Equal((6435, true), SymbolicWorkloads.ExpandPower(8));
    }

    [Fact]
    public void Identity32_Holds_ForTheSymmetricForceMatrix()
    {
        Assert.Equal((24, true, true), SymbolicWorkloads.ChargeMatrixIdentity(3, 4));
    }

    [Fact]
    public void NegativeControl_Identity32_FailsForANonsymmetricC()
    {
        var s = new GraphSymbols(2, 2);
        var c = SymbolicWorkloads.ForceMatrix(s);
        var broken = c + ExprMatrix.Build(4, 4, (i, j) =>
            i == 0 && j == 1 ? Expr.Sym("q") : Expr.Zero);
        Assert.True(SymbolicWorkloads.ChargeMatrixResidual(s, c).IsZero);
        Assert.False(SymbolicWorkloads.ChargeMatrixResidual(s, broken).IsZero);
    }

    [Fact]
    public void SoftmaxGradient_AgreesWithFiniteDifferences()
    {
        // dL/dx_1^1 compiled against a central difference of the compiled L
        var s = new GraphSymbols(2, 2);
        var l = SymbolicWorkloads.SoftmaxLagrangian(s);
        var variables = l.Symbols();
        var q = GraphSymbols.X(1, 1);
        var index = variables.ToList().IndexOf(q);
        var f = Compiler.Compile(l, variables);
        var df = Compiler.Compile(l.Diff(q), variables);
        var rng = new Random(5);
        var v = variables.Select(x =>
            x == GraphSymbols.Eps ? 0.5 : rng.NextDouble() - 0.5).ToArray();
        const double h = 1e-5;
        var plus = (double[])v.Clone();
        var minus = (double[])v.Clone();
        plus[index] += h;
        minus[index] -= h;
        Assert.Equal((f(plus) - f(minus)) / (2 * h), df(v), 6);
        Assert.Equal(24, SymbolicWorkloads.SoftmaxLagrangianGradient(3, 4).Derivatives);
    }
}
