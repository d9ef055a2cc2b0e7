using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic.Model;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// <c>grandverify derive</c>: prints, for one graph, the equations of motion derived from (11),
/// the canonical system (30), C(y) of (19), the Hamiltonian (21) and the charge (31), in Markdown
/// (with $$ LaTeX $$) or as a LaTeX fragment. Bad sizes or names exit with code 2.
/// </summary>
public sealed class DeriveCommand : Command<DeriveSettings>
{
    /// <summary>Where the derivation is written; null means standard output (tests set a writer).</summary>
    internal static TextWriter? Output { get; set; }

    public override int Execute(CommandContext context, DeriveSettings settings, CancellationToken cancellationToken)
    {
        Check(settings);
        var shape = settings.Graph == "path" ? GraphShape.Path : GraphShape.Complete;
        var sections = DerivationReport.Build(settings.Nodes, settings.Dim, shape, settings.Attention);
        var title = $"{(shape == GraphShape.Complete ? "K" : "P")}{settings.Nodes}, d = {settings.Dim}, "
            + $"attention {settings.Attention}";
        (Output ?? Console.Out).Write(settings.Format == "latex" ? Latex(title, sections) : Markdown(title, sections));
        return ExitCodes.Ok;
    }

    private static void Check(DeriveSettings s)
    {
        if (s.Nodes < 2)
        {
            throw new InputException($"--nodes {s.Nodes}: a graph needs at least 2 nodes.");
        }

        if (s.Dim < 1)
        {
            throw new InputException($"--dim {s.Dim}: the feature dimension must be at least 1.");
        }

        if (!Attention.Names.Contains(s.Attention))
        {
            throw new InputException(
                $"--attention '{s.Attention}' is unknown; use one of {string.Join(", ", Attention.Names)}.");
        }

        if (DerivationReport.TooLarge(s.Nodes, s.Dim, s.Attention) is { } reason)
        {
            throw new InputException($"--nodes {s.Nodes} --dim {s.Dim}: {reason}");
        }
    }

    private static string Markdown(string title, IReadOnlyList<DerivationReport.Section> sections)
    {
        var lines = new List<string> { $"# Derived model: {title}", "" };
        foreach (var s in sections)
        {
            lines.Add($"## {s.Title}");
            lines.Add("");
            lines.AddRange(s.Equations.SelectMany(e => new[] { "$$", e, "$$", "" }));
        }

        return string.Join("\n", lines);
    }

    private static string Latex(string title, IReadOnlyList<DerivationReport.Section> sections)
    {
        var lines = new List<string> { $"% Derived model: {title}" };
        foreach (var s in sections)
        {
            lines.Add($"\\paragraph{{{s.Title}}}");
            lines.Add(@"\begin{align*}");
            lines.Add(string.Join(" \\\\\n", s.Equations.Select(AlignFirstEquals)));
            lines.Add(@"\end{align*}");
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>"a = b" as "a &amp;= b" for align*, only at the first " = ".</summary>
    private static string AlignFirstEquals(string equation)
    {
        var at = equation.IndexOf(" = ", StringComparison.Ordinal);
        return at < 0 ? equation : equation[..at] + " &= " + equation[(at + 3)..];
    }
}
