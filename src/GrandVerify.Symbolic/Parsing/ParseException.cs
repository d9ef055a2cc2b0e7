namespace GrandVerify.Symbolic;

/// <summary>A syntax error in expression text: the 0-based position and what was
/// expected.</summary>
public sealed class ParseException : FormatException
{
    public ParseException(string text, int position, string expected)
        : base($"at position {position}: expected {expected}, found {Found(text, position)}")
    {
        Text = text;
        Position = position;
        Expected = expected;
    }

    /// <summary>The whole input.</summary>
    public string Text { get; }

    /// <summary>0-based index of the offending character (Text.Length at the end).</summary>
    public int Position { get; }

    /// <summary>What the parser expected there.</summary>
    public string Expected { get; }

    private static string Found(string text, int position) =>
        position >= text.Length ? "end of input" : $"'{text[position]}'";
}
