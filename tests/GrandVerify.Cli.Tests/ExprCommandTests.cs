using GrandVerify.Cli;

namespace GrandVerify.Cli.Tests;

/// <summary>Console.Out is process-wide: the expr tests run alone while they capture it.</summary>
[CollectionDefinition(nameof(ExprConsole), DisableParallelization = true)]
public sealed class ExprConsole;

/// <summary><c>grandverify expr ...</c> end to end: printed text and exit codes.</summary>
[Collection(nameof(ExprConsole))]
public sealed class ExprCommandTests
{
    [Theory]
    [InlineData("(x + y)^2", "x^2 + 2*x*y + y^2")]
    [InlineData("exp(a)*exp(b)", "exp(a + b)")]
    [InlineData("max(0, c)", "relu(c)")]
    [InlineData("g(x1*W_12*x2)", "g(W_12*x1*x2)")]
    public void Normalize_PrintsTheCanonicalForm(string input, string expected)
    {
        var (code, output) = Run("expr", "normalize", input);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(expected, output.Trim());
    }

    [Theory]
    [InlineData("normalize", "-x", "-x")]
    [InlineData("normalize", "-(x + 1)^2", "-x^2 - 2*x - 1")]
    public void LeadingMinus_IsAnExpressionNotAnOption(string command, string input, string expected)
    {
        var (code, output) = Run("expr", command, input);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(expected, output.Trim());
    }

    [Fact]
    public void LeadingMinus_InEqual_IsDecided()
    {
        var (code, output) = Run("expr", "equal", "-x*y", "-y*x");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("equal", output.Trim());
    }

    [Fact]
    public void Diff_PrintsTheKthDerivative()
    {
        var (code, output) = Run("expr", "diff", "x^3 + g(x)", "--wrt", "x", "--times", "2");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("6*x + g''(x)", output.Trim());
    }

    [Fact]
    public void Latex_PrintsFractionsAndIndices()
    {
        var (code, output) = Run("expr", "latex", "x_1__2/eps");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(@"\frac{x_{1}^{2}}{\varepsilon}", output.Trim());
    }

    [Theory]
    [InlineData("(x - y)*(x + y)", "x^2 - y^2", ExitCodes.Ok, "equal")]
    [InlineData("sigmoid(c)", "1/(1 + exp(-c))", ExitCodes.Ok, "equal")]
    [InlineData("(x + y)^2", "x^2 + y^2", ExitCodes.VerdictFailed, "different")]
    [InlineData("g(x)", "g'(x)", ExitCodes.VerdictFailed, "different")]
    public void Equal_PrintsTheVerdictAndExitCode(string a, string b, int code, string verdict)
    {
        var (actual, output) = Run("expr", "equal", a, b);
        Assert.Equal(code, actual);
        Assert.Equal(verdict, output.Trim());
    }

    [Fact]
    public void ParseError_ExitsBadInputWithACaretUnderThePosition()
    {
        var (code, output) = Run("expr", "equal", "x + 1", "x + * y");
        Assert.Equal(ExitCodes.BadInput, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var text = lines.FindIndex(l => l == "  x + * y");
        Assert.True(text >= 0, output);
        Assert.Equal("      ^", lines[text + 1]);
    }

    [Theory]
    [InlineData("expr", "diff", "x^2")]
    [InlineData("expr", "diff", "x^2", "--wrt", "1x")]
    [InlineData("expr", "diff", "x^2", "--wrt", "x", "--times", "-1")]
    [InlineData("expr", "normalize", "1/(x - x)")]
    public void BadOptions_ExitBadInput(params string[] args) =>
        Assert.Equal(ExitCodes.BadInput, Run(args).Code);

    private static (int Code, string Output) Run(params string[] args)
    {
        var previous = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            return (GrandVerifyApp.Run(args), writer.ToString());
        }
        finally
        {
            Console.SetOut(previous);
        }
    }

    [Fact]
    public void BenchSymbolic_RunsTheWorkloads_AndValidatesRepeat()
    {
        Assert.Equal(ExitCodes.Ok, Run("bench", "symbolic", "--repeat", "1").Code);
        Assert.Equal(ExitCodes.BadInput, Run("bench", "symbolic", "--repeat", "0").Code);
    }
}
