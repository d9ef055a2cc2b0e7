using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Parsing;

namespace GrandVerify.Symbolic.Tests;

public sealed class ParserAndPrinterTests
{
    [Theory]
    [InlineData("x + * y", 4, "a number, a name or '('")]
    [InlineData("exp(x", 5, "')'")]
    [InlineData("2x", 1, "an operator")]
    [InlineData("x^y", 2, "an integer exponent")]
    [InlineData("x / 0", 2, "a divisor that is not zero")]
    [InlineData("max(x, y)", 4, "max(0, u)")]
    [InlineData("g(x, y)", 2, "exactly one argument")]
    [InlineData("exp'(x)", 3, "primes are for opaque functions")]
    [InlineData("g' + 1", 3, "'(' after a derivative")]
    [InlineData("", 0, "a number, a name or '('")]
    [InlineData("x $ y", 2, "an operator")]
    public void Errors_NameThePositionAndWhatWasExpected(string text, int position, string expected)
    {
        var e = Assert.Throws<ParseException>(() => Expr.Parse(text));
        Assert.Equal(position, e.Position);
        Assert.Contains(expected, e.Expected);
        Assert.Contains($"position {position}", e.Message);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("g(", ")")]
    [InlineData("-", "")]
    public void DeepNesting_IsAParseErrorNotAStackOverflow(string open, string close)
    {
        var depth = Parser.MaxDepth + 1;
        var text = string.Concat(Enumerable.Repeat(open, depth)) + "x"
            + string.Concat(Enumerable.Repeat(close, depth));

        var e = Assert.Throws<ParseException>(() => Expr.Parse(text));
        Assert.Contains("levels of nesting", e.Expected);
    }

    [Fact]
    public void NestingAtTheLimit_Parses()
    {
        var depth = Parser.MaxDepth - 1;
        var text = new string('(', depth) + "x" + new string(')', depth);
        Assert.Equal("x", Expr.Parse(text).ToString());
    }

    [Theory]
    [InlineData("y + x", "x + y")]
    [InlineData("x10 + x2 + x1", "x1 + x2 + x10")]
    [InlineData("3 - x", "-x + 3")]
    [InlineData("-t/eps", "-t/eps")]
    [InlineData("x/(2*eps^2)", "x/(2*eps^2)")]
    [InlineData("1/(1 + exp(-c))", "1/(exp(-c) + 1)")]
    [InlineData("-(x + y)/(1 + z)", "-(x + y)/(z + 1)")]
    [InlineData("g''(c)*x_1__2", "x_1__2*g''(c)")]
    [InlineData("1/sqrt(u)", "sqrt(u)/u")]
    [InlineData("0", "0")]
    [InlineData("-3/4", "-3/4")]
    public void Plain_IsCanonicalAndReadable(string input, string expected) =>
        Assert.Equal(expected, Expr.Parse(input).ToString());

    [Theory]
    [InlineData("x1/eps", @"\frac{x_{1}}{\varepsilon}")]
    [InlineData("exp(-t/eps)", @"e^{-\frac{t}{\varepsilon}}")]
    [InlineData("W_12*x_1__3^2", @"W_{12} {x_{1}^{3}}^{2}")]
    [InlineData("g''''(c) + sqrt(u)", @"g^{(4)}\left(c\right) + \sqrt{u}")]
    [InlineData("sigmoid(c)/(1 + c)", @"\frac{\operatorname{sigmoid}\left(c\right)}{c + 1}")]
    public void Latex_UsesFractionsIndicesAndGreek(string input, string expected) =>
        Assert.Equal(expected, Expr.Parse(input).ToLatex());

    [Fact]
    public void Symbols_AreInternedAndIndexed()
    {
        Assert.Same(Symbol.Get("x", "1", "2"), Symbol.FromText("x_1__2"));
        Assert.Equal("W_12", Symbol.Get("W", "12").ToString());
        Assert.Throws<ArgumentException>(() => Symbol.Get("1x"));
        Assert.Throws<ArgumentException>(() => Symbol.Get("x", "a-b"));
    }
}
