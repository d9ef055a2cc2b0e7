using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary><c>grandverify expr diff "&lt;e&gt;" --wrt x [--times k]</c>: prints d^k
/// e/dx^k.</summary>
public sealed class ExprDiffCommand : Command<ExprDiffSettings>
{
    public override int Execute(
        CommandContext context, ExprDiffSettings settings, CancellationToken cancellationToken)
    {
        if (!ExprInput.TryParse(settings.Expression, "expression", out var e))
        {
            return ExitCodes.BadInput;
        }

        var x = ExprInput.Symbol(settings.Wrt, "--wrt");
        Console.Out.WriteLine(e.Diff(x, settings.Times).Together().ToString());
        return ExitCodes.Ok;
    }
}
