using GrandVerify.Cli.Output;
using GrandVerify.Statements;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// <c>grandverify audit</c>: decides every statement of <see cref="Paper.Statements"/>, writes
/// audit.md and audit.json together (staged, then committed), and prints a summary table. A
/// statement that throws is reported as not checked with the exception message, and the exit
/// code is then 1.
/// </summary>
public sealed class AuditCommand : Command<AuditSettings>
{
    public override int Execute(CommandContext context, AuditSettings settings, CancellationToken cancellationToken)
    {
        var entries = RunAll(Paper.Statements);
        using (var output = new StagedOutput(settings.Out))
        {
            AuditReport.WriteMarkdown(output.PathFor("audit.md"), entries);
            AuditReport.WriteJson(output.PathFor("audit.json"), entries);
            output.Commit();
        }

        PrintSummary(entries);
        AnsiConsole.MarkupLine($"[grey]wrote audit.md and audit.json to[/] {Markup.Escape(settings.Out)}");
        return entries.Any(e => e.Threw) ? ExitCodes.VerdictFailed : ExitCodes.Ok;
    }

    private static List<AuditEntry> RunAll(IReadOnlyList<Statement> statements)
    {
        var entries = new List<AuditEntry>(statements.Count);

        // a progress display only on an interactive terminal: redirected output gets the table
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            entries.AddRange(statements.Select(AuditEntry.Decide));
            return entries;
        }

        AnsiConsole.Progress()
            .AutoClear(true)
            .Start(progress =>
            {
                var task = progress.AddTask("deciding statements", maxValue: statements.Count);
                foreach (var statement in statements)
                {
                    task.Description = statement.Id;
                    entries.Add(AuditEntry.Decide(statement));
                    task.Increment(1);
                }
            });
        return entries;
    }

    private static void PrintSummary(IReadOnlyList<AuditEntry> entries)
    {
        var table = new Table().Title("Audit of the paper's statements");
        table.AddColumn("id");
        table.AddColumn("verdict");
        table.AddColumn(new TableColumn("seconds").RightAligned());
        foreach (var e in entries)
        {
            var seconds = e.Seconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
            table.AddRow(e.Id, Colour(e.Verdict), seconds);
        }

        AnsiConsole.Write(table);
        var counts = entries.GroupBy(e => e.Verdict).OrderBy(g => g.Key)
            .Select(g => $"{AuditReport.VerdictName(g.Key)}: {g.Count()}");
        AnsiConsole.MarkupLine(Markup.Escape(string.Join(", ", counts)));
    }

    private static string Colour(Verdict v) => v switch
    {
        Verdict.Holds => "[green]holds[/]",
        Verdict.HoldsUpToConvention => "[green]holds-up-to-convention[/]",
        Verdict.FalseAsPrinted => "[yellow]false-as-printed[/]",
        _ => "[red]not-checked[/]",
    };
}
