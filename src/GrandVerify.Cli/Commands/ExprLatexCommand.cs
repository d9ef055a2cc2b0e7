using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary><c>grandverify expr latex "&lt;e&gt;"</c>: prints the canonical form as
/// LaTeX.</summary>
public sealed class ExprLatexCommand : Command<ExprSettings>
{
    public override int Execute(
        CommandContext context, ExprSettings settings, CancellationToken cancellationToken)
    {
        if (!ExprInput.TryParse(settings.Expression, "expression", out var e))
        {
            return ExitCodes.BadInput;
        }

        Console.Out.WriteLine(e.ToLatex());
        return ExitCodes.Ok;
    }
}
