namespace GrandVerify.Cli;

/// <summary>
/// The one-letter long options of the paper's notation (<c>--h</c>, <c>--T</c>, <c>--W</c>).
/// Spectre.Console.Cli requires long option names of two or more characters, so these are
/// rewritten to their long spellings before parsing; both spellings are accepted.
/// </summary>
public static class OptionAliases
{
    private static readonly Dictionary<string, string> Long = new(StringComparer.Ordinal)
    {
        ["--h"] = "--step",
        ["--T"] = "--t-end",
        ["--W"] = "--coupling",
    };

    /// <summary>Rewrites <c>--h 0.1</c> and <c>--h=0.1</c> to <c>--step …</c>, and so on.</summary>
    public static string[] Expand(IEnumerable<string> args) => args.Select(Rewrite).ToArray();

    private static string Rewrite(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? arg : arg[..equals];
        return Long.TryGetValue(name, out var spelled)
            ? spelled + (equals < 0 ? "" : arg[equals..])
            : arg;
    }
}
