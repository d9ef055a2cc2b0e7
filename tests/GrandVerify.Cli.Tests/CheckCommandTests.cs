using System.Text.Json;
using GrandVerify.Cli;
using GrandVerify.Statements.Attentions;

namespace GrandVerify.Cli.Tests;

/// <summary><c>grandverify check</c> end to end: verdicts, JSON and exit codes.</summary>
[Collection(nameof(ExprConsole))]
public sealed class CheckCommandTests
{
    public static TheoryData<string> Names => [.. AttentionRegistry.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryRegistryName_PassesWithTheDefaults(string name)
    {
        var (code, output) = Run("check", "--attention", name);

        Assert.True(code == ExitCodes.Ok, output);
        Assert.Contains("verdict: every certified charge is conserved", output);
    }

    [Fact]
    public void OverflowingRun_IsANumericalFailureNotAContradictionOfTheorem1()
    {
        // t/eps reaches 10/1e-3 = 1e4 > 709: e^{t/eps} overflows, so nothing is decided.
        var (code, output) = Run("check", "--attention", "softmax", "--h", "5", "--T", "10",
            "--eps", "1e-3");

        Assert.Equal(ExitCodes.NumericalFailure, code);
        Assert.Contains("NOT DECIDED", output);
        Assert.DoesNotContain("FAILED", output);
    }

    [Fact]
    public void UserExpression_PrintsTheVerdictTable()
    {
        var (code, output) = Run("check", "--attention", "c^2/(1+c^2)", "--W", "diag(1,1,2)",
            "--graph", "cycle", "--nodes", "5", "--h", "0.02", "--T", "0.1");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("holds for Q1", output);
        Assert.Contains("modified-midpoint", output);
    }

    [Fact]
    public void Json_IsOneObjectWithTheVerdicts()
    {
        var (code, output) = Run("check", "--attention", "row-softmax", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("row-softmax", root.GetProperty("attention").GetString());
        Assert.False(root.GetProperty("gSymmetric").GetBoolean());
        Assert.True(root.GetProperty("exactCSymmetric").GetBoolean());
        Assert.False(root.GetProperty("eq19Agrees").GetBoolean());
        Assert.True(root.GetProperty("certificate").GetProperty("identityVerified").GetBoolean());
        Assert.Equal(4, root.GetProperty("integrators").GetArrayLength());
        Assert.True(root.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void ParseError_ExitsBadInputWithACaret()
    {
        var (code, output) = Run("check", "--attention", "c^2/(1+c^2");

        Assert.Equal(ExitCodes.BadInput, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var text = lines.FindIndex(l => l == "  c^2/(1+c^2");
        Assert.True(text >= 0, output);
        Assert.Equal("  " + new string(' ', 10) + "^", lines[text + 1]);
    }

    [Theory]
    [InlineData("--attention", "no-such-attention")]
    [InlineData("--attention", "c*x")]
    [InlineData("--attention", "tanh", "--W", "diag(1,2)", "--dim", "3")]
    [InlineData("--attention", "tanh", "--W", "[[1,2],[3,4]]")]
    [InlineData("--attention", "tanh", "--graph", "no-such-file.txt")]
    [InlineData("--attention", "tanh", "--format", "xml")]
    [InlineData("--attention", "tanh", "--h", "0.03", "--T", "0.1")]
    public void BadInput_ExitsTwo(params string[] options) =>
        Assert.Equal(ExitCodes.BadInput, Run(["check", .. options]).Code);

    [Fact]
    public void AsymmetricWFile_ExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"w-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "1 2\n3 1\n");
        try
        {
            Assert.Equal(ExitCodes.BadInput, Run("check", "--attention", "tanh", "--W", path).Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

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
}
