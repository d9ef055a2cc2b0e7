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

    /// <summary>
    /// Rewrites <c>--h 0.1</c> and <c>--h=0.1</c> to <c>--step …</c>, and so on; after
    /// <c>expr</c>, an expression with a leading minus ("-x") gets a leading space, which the
    /// expression parser skips, so that Spectre does not read it as an option.
    /// </summary>
    public static string[] Expand(IEnumerable<string> args)
    {
        var expanded = args.Select(Rewrite).ToArray();
        if (expanded.Length > 2 && expanded[0] == "expr")
        {
            for (var k = 2; k < expanded.Length; k++)
            {
                if (IsNegativeExpression(expanded[k]))
                {
                    expanded[k] = " " + expanded[k];
                }
            }
        }

        return expanded;
    }

    /// <summary>"-x", "-2*c": a minus followed by something other than a minus; not "-h".</summary>
    private static bool IsNegativeExpression(string arg) =>
        arg.Length > 1 && arg[0] == '-' && arg[1] != '-' && arg != "-h";

    private static string Rewrite(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? arg : arg[..equals];
        return Long.TryGetValue(name, out var spelled)
            ? spelled + (equals < 0 ? "" : arg[equals..])
            : arg;
    }
}
