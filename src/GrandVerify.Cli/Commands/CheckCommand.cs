using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Potentials;
using GrandVerify.Statements.Attentions;
using GrandVerify.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// <c>grandverify check --attention &lt;name | "g(c)"&gt;</c>: whether the paper's conservation
/// results hold for an attention. Prints the symmetry answers, whether (19) is the exact
/// gradient, the Theorem 1 certificate, the commutant and conserved charges, and per method
/// the largest charge change of a short run. Exit 0 when both midpoint rules conserve every
/// certified charge, 1 otherwise, 2 for bad input.
/// </summary>
public sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(
        CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var text = settings.Attention ?? "";
        AttentionEntry entry;
        try
        {
            entry = AttentionRegistry.Resolve(text);
        }
        catch (ParseException error)
        {
            // the message, the text and a caret under the offending position
            ExitCodes.Fail("bad input", $"--attention is not a known name and {error.Message}", ExitCodes.BadInput);
            Console.Out.WriteLine("  " + text);
            Console.Out.WriteLine("  " + new string(' ', error.Position) + "^");
            Console.Out.WriteLine($"  known names: {string.Join(", ", AttentionRegistry.Names)}");
            return ExitCodes.BadInput;
        }
        catch (AttentionInputException error)
        {
            throw new InputException(error.Message);
        }

        var check = Run(entry, settings);
        if (settings.Format == "json")
        {
            Console.Out.WriteLine(CheckJson.Write(check));
        }
        else
        {
            CheckTable.Write(check);
        }

        // A run that broke down decided nothing: that is a numerical failure, not a verdict.
        return check.Passed ? ExitCodes.Ok
            : check.MidpointFailure is not null ? ExitCodes.NumericalFailure
            : ExitCodes.VerdictFailed;
    }

    private static AttentionCheck Run(AttentionEntry entry, CheckSettings settings)
    {
        var coupling = CheckInput.Coupling(settings);
        var graph = CheckInput.Graph(settings);
        AttentionParameters parameters;
        UniformGrid grid;
        try
        {
            parameters = AttentionParameters.FromCoupling(coupling, settings.Zeta);
            grid = UniformGrid.Between(0.0, settings.TEnd, settings.H);
        }
        catch (ArgumentException e)
        {
            throw new InputException(e.Message);
        }

        return AttentionCheck.Run(entry, graph, parameters, settings.Eps, grid, settings.Seed);
    }
}
