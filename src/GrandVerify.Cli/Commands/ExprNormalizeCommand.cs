using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary><c>grandverify expr normalize "&lt;e&gt;"</c>: prints the canonical plain
/// form.</summary>
public sealed class ExprNormalizeCommand : Command<ExprSettings>
{
    public override int Execute(
        CommandContext context, ExprSettings settings, CancellationToken cancellationToken)
    {
        if (!ExprInput.TryParse(settings.Expression, "expression", out var e))
        {
            return ExitCodes.BadInput;
        }

        Console.Out.WriteLine(e.ToString());
        return ExitCodes.Ok;
    }
}
