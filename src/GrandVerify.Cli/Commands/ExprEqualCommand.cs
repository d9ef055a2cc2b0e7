using GrandVerify.Symbolic;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// <c>grandverify expr equal "&lt;a&gt;" "&lt;b&gt;"</c>: prints <c>equal</c> (exit 0) when the
/// zero test decides a - b = 0 (after writing tanh and sigmoid in exponentials), otherwise
/// <c>different</c> (exit 1); a parse error exits 2.
/// </summary>
public sealed class ExprEqualCommand : Command<ExprEqualSettings>
{
    public override int Execute(
        CommandContext context, ExprEqualSettings settings, CancellationToken cancellationToken)
    {
        if (!ExprInput.TryParse(settings.A, "first expression", out var a)
            || !ExprInput.TryParse(settings.B, "second expression", out var b))
        {
            return ExitCodes.BadInput;
        }

        var equal = Expr.IdenticallyEqual(a, b);
        Console.Out.WriteLine(equal ? "equal" : "different");
        return equal ? ExitCodes.Ok : ExitCodes.VerdictFailed;
    }
}
