namespace GrandVerify.Numerics.Graphs;

/// <summary>
/// Invalid graph input: names the source (file name or "matrix"), the 1-based line number
/// (0 when the problem is not tied to a line) and what is wrong.
/// </summary>
public sealed class GraphFormatException : FormatException
{
    public GraphFormatException(string sourceName, int lineNumber, string problem)
        : base(Compose(sourceName, lineNumber, problem))
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>File name or description of the input.</summary>
    public string SourceName { get; }

    /// <summary>1-based line number; 0 when the problem concerns the whole input.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, with the offending value.</summary>
    public string Problem { get; }

    private static string Compose(string sourceName, int lineNumber, string problem) =>
        lineNumber > 0 ? $"{sourceName}:{lineNumber}: {problem}" : $"{sourceName}: {problem}";
}
