namespace GrandVerify.Cli;

/// <summary>A user-facing input problem found by the CLI itself (an option out of range).</summary>
public sealed class InputException(string message) : Exception(message)
{
    /// <summary>
    /// The library's complaint about <paramref name="option"/>, without the parameter name
    /// that <see cref="ArgumentException"/> appends for programmers.
    /// </summary>
    public static InputException About(string option, Exception cause)
    {
        var text = cause is ArgumentException { ParamName: { } name }
            ? cause.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
            : cause.Message;
        return new InputException($"{option}: {text}");
    }
}
