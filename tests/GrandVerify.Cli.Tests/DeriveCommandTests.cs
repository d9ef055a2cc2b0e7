using GrandVerify.Cli;
using GrandVerify.Cli.Commands;

namespace GrandVerify.Cli.Tests;

/// <summary>derive: the printed sections for a small graph, and exit code 2 on bad input.</summary>
public sealed class DeriveCommandTests
{
    [Theory]
    [InlineData("markdown", "## Equations of motion")]
    [InlineData("latex", @"\begin{align*}")]
    public void SmallGraph_PrintsEverySection(string format, string marker)
    {
        var (code, text) = Capture(["derive", "--nodes", "2", "--dim", "2", "--attention", "g", "--format", format]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(marker, text, StringComparison.Ordinal);
        foreach (var part in new[] { "Hamilton", "C(y)", "Hamiltonian (21)", "Charge (31)", "g'_{12}" })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PathWithSoftmax_Succeeds()
    {
        var (code, text) = Capture(
            ["derive", "--nodes", "3", "--dim", "1", "--attention", "softmax", "--graph", "path"]);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("E_{", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--nodes", "1")]
    [InlineData("--dim", "0")]
    [InlineData("--attention", "relu6")]
    [InlineData("--nodes", "9")]
    [InlineData("--graph", "star")]
    [InlineData("--format", "html")]
    public void BadInput_ExitsTwo(string option, string value)
    {
        var (code, _) = Capture(["derive", option, value]);
        Assert.Equal(ExitCodes.BadInput, code);
    }

    [Fact]
    public void SoftmaxTooLarge_ExitsTwo()
    {
        var (code, _) = Capture(["derive", "--nodes", "3", "--dim", "4", "--attention", "softmax"]);
        Assert.Equal(ExitCodes.BadInput, code);
    }

    private static (int Code, string Text) Capture(string[] args)
    {
        using var writer = new StringWriter();
        DeriveCommand.Output = writer;
        try
        {
            var code = GrandVerifyApp.Run(args);
            return (code, writer.ToString());
        }
        finally
        {
            DeriveCommand.Output = null;
        }
    }
}
