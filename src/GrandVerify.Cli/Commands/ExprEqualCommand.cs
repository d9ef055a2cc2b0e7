using GrandVerify.Symbolic;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// <c>grandverify expr equal "&lt;a&gt;" "&lt;b&gt;"</c>: prints <c>equal</c> (exit 0) when the
/// zero test decides a - b = 0 (after writing tanh and sigmoid in exponentials), otherwise
/// <c>different</c> (exit 1); a parse error exits 2. "different" means that a - b is not zero
/// as a rational function of its atoms; when the atoms include functions whose relations the
/// kernel does not use (log, sqrt, relu, unknown names), a note on standard error says so.
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
        if (!equal)
        {
            NoteUndecidedRelations(a - b);
        }

        return equal ? ExitCodes.Ok : ExitCodes.VerdictFailed;
    }

    private static void NoteUndecidedRelations(Expr difference)
    {
        var free = difference.AllAtoms().OfType<FunctionAtom>()
            .Where(f => f.Kind is FunctionKind.Log or FunctionKind.Sqrt or FunctionKind.Relu
                or FunctionKind.Step or FunctionKind.Opaque)
            .Select(f => f.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        if (free.Count > 0)
        {
            Console.Error.WriteLine(
                $"note: {string.Join(", ", free)} taken as independent atoms: relations such as " +
                "log(e^u) = u or sqrt(ab) = sqrt(a) sqrt(b) are not used, and unknown names " +
                "are arbitrary functions");
        }
    }
}
