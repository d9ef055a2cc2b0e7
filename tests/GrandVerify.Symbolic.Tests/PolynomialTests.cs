using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>Invariants of the sparse representation and the local rules.</summary>
public sealed class PolynomialTests
{
    private static Polynomial P(string text) => Expr.Parse(text).Fractions.Single().Numerator;

    [Fact]
    public void Zero_IsTheEmptyMap_AfterCancellation()
    {
        var p = P("x + y");
        var difference = p - P("y + x");
        Assert.True(difference.IsZero);
        Assert.Equal(0, difference.Count);
        Assert.Equal(3, P("(x + y)^2").Count);
        Assert.Empty(Expr.Parse("0*x").Fractions);
    }

    [Fact]
    public void Equality_AndHash_IgnoreInsertionOrder()
    {
        var a = P("x^2 + 2*x*y + y^2");
        var b = P("y^2 + x^2 + 2*y*x");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, P("x^2 + 2*x*y + 2*y^2"));
    }

    [Fact]
    public void Exponentials_MergeInsideMonomials()
    {
        var m = P("exp(a)*exp(b)*x").SingleTerm().Monomial;
        Assert.Equal(2, m.Count);
        Assert.Equal(1, m.Factors.Count(f => f.Atom is FunctionAtom { Kind: FunctionKind.Exp }));
        Assert.True(P("exp(a)*exp(-a)").IsOne);
    }

    [Fact]
    public void Denominators_AreNormalised_ToPrimitivePositiveForm()
    {
        // 1/(2x^2 - 2xy) = x^{-1}/(2 (x - y)) and 1/(exp(a) + exp(b)) = e^{-a}/(1 + e^{b-a})
        var f = Expr.Parse("1/(2*x^2 - 2*x*y)").Fractions.Single();
        Assert.Equal(P("x - y"), f.Denominator);
        Assert.Equal(Expr.Parse("exp(-a)/(1 + exp(b - a))"), Expr.Parse("1/(exp(a) + exp(b))"));
        Assert.Equal(Expr.Parse("-1/(y - x)"), Expr.Parse("1/(x - y)"));
    }

    [Fact]
    public void ExpUnits_AreNormalisedOutOfDenominators()
    {
        // e^c/(1 + e^c) and 1/(1 + e^{-c}) differ by the unit e^c: one canonical form, one atom
        var a = Expr.Parse("exp(c)/(1 + exp(c))");
        var b = Expr.Parse("1/(1 + exp(-c))");
        Assert.True(a.StructurallyEquals(b));
        Assert.Same(AtomOf(Expr.Function("g", a)), AtomOf(Expr.Function("g", b)));
        Assert.True(Expr.Parse("exp(2*a)/(exp(a) + exp(b))")
            .StructurallyEquals(Expr.Parse("exp(a)/(1 + exp(b - a))")));
    }

    [Fact]
    public void Hash_IsConsistentWithTheZeroTest()
    {
        var a = Expr.Parse("1/(x - 1) - 1/(x + 1)");
        var b = Expr.Parse("2/(x^2 - 1)");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(Expr.Function("g", a), Expr.Function("g", b));
    }

    [Fact]
    public void Collect_CoefficientAndDegree()
    {
        var e = Expr.Parse("3*x^2*y + x*y^2/eps + g(z)*x + 5");
        var x = Symbol.Get("x");
        Assert.Equal(2, e.Degree(x));
        Assert.Equal(Expr.Parse("3*y"), e.Coefficient(x, 2));
        Assert.Equal(Expr.Parse("y^2/eps + g(z)"), e.Coefficient(x, 1));
        Assert.Equal((Expr)5, e.Coefficient(x, 0));
        var terms = Collection.Collect(e, [x, Symbol.Get("y")]);
        Assert.Equal([2, 1], terms[0].Exponents);
        Assert.Throws<ArgumentException>(() => Expr.Parse("1/(1 + x)").Degree(x));
        Assert.Throws<ArgumentException>(() => Expr.Parse("g(x)").Degree(x));
    }

    private static Atom AtomOf(Expr e)
    {
        Assert.True(e.TryGetSingleAtom(out var a));
        return a;
    }
}
