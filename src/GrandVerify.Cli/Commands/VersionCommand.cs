using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary><c>grandverify version</c>: the informational version of the assembly.</summary>
public sealed class VersionCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        AnsiConsole.WriteLine($"grandverify {GrandVerifyApp.Version}");
        return ExitCodes.Ok;
    }
}
