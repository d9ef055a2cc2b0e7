using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>Table of identities that must be decided equal and non-identities that must be
/// decided different (each non-identity is a negative control of the zero test).</summary>
public sealed class KnownIdentityTests
{
    public static TheoryData<string, string> Identities => new()
    {
        { "(x + y)^2", "x^2 + 2*x*y + y^2" },
        { "(x - y)*(x + y)", "x^2 - y^2" },
        { "1/x + 1/y", "(x + y)/(x*y)" },
        { "x/(1 + x) + 1/(1 + x)", "1" },
        { "(x^2 - 1)/(x - 1)", "x + 1" },
        { "1/(x - 1) - 1/(x + 1)", "2/(x^2 - 1)" },
        { "exp(a)*exp(b)", "exp(a + b)" },
        { "exp(x)*exp(-x)", "1" },
        { "exp(0)", "1" },
        { "exp(x)^3", "exp(3*x)" },
        { "sqrt(u)^2", "u" },
        { "sqrt(u)^3", "u*sqrt(u)" },
        { "1/sqrt(u)", "sqrt(u)/u" },
        { "(a*b)^3", "a^3*b^3" },
        { "(a*b)^-2", "1/(a^2*b^2)" },
        { "g(x1*W_12*x2) - g(x2*W_12*x1)", "0" },
        { "exp(c)/(1 + exp(c))", "1/(1 + exp(-c))" },
        { "max(0, c)", "relu(c)" },
        { "x^(1/2)", "sqrt(x)" },
        { "sqrt(4)", "2" },
        { "0.25*x", "x/4" },
        { "-t/eps", "-(t/eps)" },
        { "(x + y)^3 - (x - y)^3", "6*x^2*y + 2*y^3" },
    };

    public static TheoryData<string, string> NonIdentities => new()
    {
        { "(x + y)^2", "x^2 + y^2" },
        { "x/(1 + x)", "1/(1 + 1/x) + 1" },
        { "exp(a)*exp(b)", "exp(a*b)" },
        { "sqrt(u)^2", "-u" },
        { "g(x)", "g(y)" },
        { "g'(x)", "g(x)" },
        { "g(x1*W_12*x2)", "g(x2*W_21*x1)" },
        { "1/(x - 1)", "1/(x + 1)" },
        { "x^2", "x^3" },
        { "relu(c)", "c" },
        { "(x^2 - 1)/(x - 1)", "x - 1" },
        { "1/3", "0.333" },
    };

    [Theory]
    [InlineData("(x^2 - 1)/(x - 1)", "x + 1")]
    [InlineData("(x - 1)/(x^2 - 1)", "1/(x + 1)")]
    [InlineData("(a*b + a*c)/(b + c)", "a")]
    [InlineData("(x^3 + 1)/(x + 1)/eps", "x^2/eps - x/eps + 1/eps")]
    [InlineData("x/(1 + x)", "x/(x + 1)")]
    [InlineData("(x^2 + 1)/(x + 1)", "(x^2 + 1)/(x + 1)")]
    public void ExactDivisors_Cancel_OthersStay(string input, string printed) =>
        Assert.Equal(printed, Expr.Parse(input).ToString());

    [Fact]
    public void Together_CombinesAndCancels()
    {
        var d = Expr.Parse("x/(1 + x)").Diff(Symbol.Get("x"));
        Assert.Equal(2, d.Fractions.Count);
        Assert.Equal("1/(x^2 + 2*x + 1)", d.Together().ToString());
        Assert.Equal(d, d.Together());
    }

    [Theory]
    [MemberData(nameof(Identities))]
    public void Identity_IsDecidedEqual(string a, string b)
    {
        var x = Expr.Parse(a);
        var y = Expr.Parse(b);
        Assert.True(x == y, $"{a} = {b}: got {x} vs {y}");
        Assert.True((x - y).IsZero);
    }

    [Theory]
    [MemberData(nameof(NonIdentities))]
    public void NonIdentity_IsDecidedDifferent(string a, string b)
    {
        var x = Expr.Parse(a);
        var y = Expr.Parse(b);
        Assert.False(x == y, $"{a} must differ from {b}");
        Assert.False((x - y).IsZero);
    }
}
