using GrandVerify.Symbolic;

namespace GrandVerify.Cli.Commands;

/// <summary>Reads expressions and symbols given on the command line. A syntax error prints
/// the error, then the text with a caret under the 0-based position, and the command exits
/// with <see cref="ExitCodes.BadInput"/>.</summary>
internal static class ExprInput
{
    /// <summary>The parsed expression, or false after reporting the error.</summary>
    public static bool TryParse(string? text, string what, out Expr e)
    {
        e = Expr.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{what} is empty; give an expression such as \"x^2 + 1\".");
        }

        // Leading blanks carry no meaning (and one is added to protect a leading minus from
        // option parsing): positions are counted in the text as shown below.
        text = text.TrimStart();
        try
        {
            e = Expr.Parse(text);
            return true;
        }
        catch (ParseException error)
        {
            // the message, then the text and a caret under the offending position
            ExitCodes.Fail("bad input", $"{what}: {error.Message}", ExitCodes.BadInput);
            Console.Out.WriteLine("  " + text);
            Console.Out.WriteLine("  " + new string(' ', error.Position) + "^");
            return false;
        }
        catch (DivideByZeroException error)
        {
            throw new InputException($"{what}: {error.Message}");
        }
    }

    public static Symbol Symbol(string? text, string option)
    {
        try
        {
            return GrandVerify.Symbolic.Symbol.FromText(text ?? "");
        }
        catch (ArgumentException)
        {
            throw new InputException(
                $"{option} '{text}' is not a symbol (letters/digits, then _index, e.g. x1 or W_12).");
        }
    }
}
