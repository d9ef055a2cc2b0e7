using System.Diagnostics;
using GrandVerify.Statements;

namespace GrandVerify.Cli.Output;

/// <summary>One decided statement as the audit reports it; <see cref="Threw"/> when deciding it
/// raised an exception (then the verdict is not-checked and the detail names the exception).</summary>
public sealed record AuditEntry(string Id, string Claim, Finding Finding, double Seconds, bool Threw)
{
    public Verdict Verdict => Finding.Verdict;

    /// <summary>Decides the statement, turning an exception into a not-checked entry.</summary>
    public static AuditEntry Decide(Statement statement)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = statement.Check();
            return new AuditEntry(statement.Id, statement.Claim, result.Finding, result.Seconds, false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var finding = new Finding(Verdict.NotChecked, $"deciding it threw {e.GetType().Name}: {e.Message}");
            return new AuditEntry(statement.Id, statement.Claim, finding, clock.Elapsed.TotalSeconds, true);
        }
    }
}
