using GrandVerify.Cli;

namespace GrandVerify.Cli.Tests;

public sealed class ExitCodeTests
{
    [Fact]
    public void UnknownCommand_IsBadInput()
    {
        Assert.Equal(ExitCodes.BadInput, GrandVerifyApp.Run(["no-such-command"]));
    }

    [Fact]
    public void Version_Succeeds()
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run(["version"]));
    }
}
