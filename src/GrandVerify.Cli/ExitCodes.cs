using GrandVerify.Numerics.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli;

/// <summary>Exit statuses shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>The command ran and every verdict it checks holds.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and at least one verdict failed.</summary>
    public const int VerdictFailed = 1;

    /// <summary>Bad input: an option, a file or an expression could not be used.</summary>
    public const int BadInput = 2;

    /// <summary>A numerical failure (singular system, no convergence, overflow, NaN).</summary>
    public const int NumericalFailure = 3;

    /// <summary>Runs a command and maps the exceptions every command shares to exit codes.</summary>
    public static int Guard(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (CommandParseException e)
        {
            return Fail("bad option", e.Message, BadInput);
        }
        catch (CommandRuntimeException e)
        {
            return Fail("bad option", e.Message, BadInput);
        }
        catch (InputException e)
        {
            return Fail("bad input", e.Message, BadInput);
        }
        catch (NumericalFailureException e)
        {
            return Fail("numerical failure", e.Message, NumericalFailure);
        }
    }

    internal static int Fail(string what, string message, int code)
    {
        AnsiConsole.MarkupLine($"[red]error[/] ({Markup.Escape(what)}): {Markup.Escape(message)}");
        return code;
    }
}
