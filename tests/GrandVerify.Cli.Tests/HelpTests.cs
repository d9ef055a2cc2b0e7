using GrandVerify.Cli;

namespace GrandVerify.Cli.Tests;

/// <summary>
/// Every command's help renders: descriptions are Spectre markup, so an unescaped bracket in
/// one of them turns --help into a crash.
/// </summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("reproduce")]
    [InlineData("audit")]
    [InlineData("derive")]
    [InlineData("check")]
    [InlineData("expr", "normalize")]
    [InlineData("expr", "diff")]
    [InlineData("expr", "latex")]
    [InlineData("expr", "equal")]
    [InlineData("bench", "symbolic")]
    [InlineData("version")]
    public void Help_RendersAndSucceeds(params string[] command)
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run([.. command, "--help"]));
    }

    [Fact]
    public void VersionOption_Succeeds()
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run(["--version"]));
    }
}
