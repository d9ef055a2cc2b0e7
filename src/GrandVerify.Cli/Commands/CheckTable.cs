using System.Globalization;
using GrandVerify.Statements.Attentions;
using Spectre.Console;

namespace GrandVerify.Cli.Commands;

/// <summary>The verdict tables of <c>grandverify check</c>, written to Console.Out.</summary>
internal static class CheckTable
{
    /// <summary>Columns of the rendered tables (wide enough for the evidence column).</summary>
    private const int Width = 150;

    public static void Write(AttentionCheck check)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = Width;
        var (n, e) = (check.Numeric, check.Exact);
        console.WriteLine(
            $"attention {check.Entry.Name}: G_ij = {check.Entry.Formula}; force: " +
            (check.Entry.Force == AttentionForceKind.Eq19 ? "(19)" : "exact gradient -1/2 grad U"));
        console.WriteLine(
            $"graph {check.Graph.SourceName} (n = {check.Graph.NodeCount}, {check.Graph.EdgeCount} edges), " +
            $"W = {check.Parameters.Coupling}, eps = {F(check.Eps)}, h = {F(check.Grid.H)}, T = {F(check.Grid.End)}");

        var verdicts = new Table().AddColumns("question", "answer", "evidence");
        Row(verdicts, "G symmetric", YesNo(n.GSymmetric),
            $"max|G-G^T|/max|G| = {F(n.GAsymmetry)}; exact on K_{e.Nodes}, d = {e.Dimension}: {YesNo(e.GSymmetric)}");
        Row(verdicts, "exact C symmetric", YesNo(n.CSymmetric),
            $"max|C-C^T|/max|C| = {F(n.CAsymmetry)}; |Cx + 1/2 grad U| rel = {F(n.GradientError)} (differences)");
        Row(verdicts, "(19) = exact gradient", YesNo(n.Eq19Agrees),
            $"rel difference {F(n.Eq19Difference)}; exact: {YesNo(e.Eq19Identical)}, " +
            $"G_ij depends on its own score only: {YesNo(e.OwnScoreOnly)}");
        var verified = check.Certificate.IdentityVerified ? "verified exactly" : "NOT verified";
        Row(verdicts, "Theorem 1 certificate", check.Certificate.Verdict,
            $"{check.Certificate.Identity}: {verified}");
        Row(verdicts, "invariants M_k", string.Join(", ", n.InvariantLabels),
            $"rotations leaving U invariant: dim {n.InvariantRotations.Count}; " +
            $"commutant of W: dim {n.CommutantOfW}");
        var conserved = check.ConservedCharges.Count == 0 ? "none" : string.Join(", ", check.ConservedCharges);
        Row(verdicts, "conserved charges", conserved,
            "so(d) basis R_{a,b} commuting with every M_k of the integrated force");
        console.Write(verdicts.Expand());

        var charges = new Table().AddColumns("method", "charge", "should", "max|Q-Q0|", "verdict");
        foreach (var run in check.Runs)
        {
            if (run.Failure is { } failure)
            {
                Row(charges, run.Method, "-", "-", "-", "failed: " + failure);
                continue;
            }

            foreach (var (label, should, verdict) in run.Charges)
            {
                Row(charges, run.Method, label, should ? "conserve" : "-", F(verdict.MaxDeviation),
                    $"{verdict.Word} (bound {F(verdict.Bound)})");
            }
        }

        console.Write(charges);
        foreach (var r in check.Certificate.Rotations)
        {
            console.WriteLine($"{r.Rotation}: {r.Reason}");
        }

        console.WriteLine(
            check.Passed && check.ConservedCharges.Count == 0
                ? "verdict: no basis charge is certified for this W, so there is nothing to conserve"
            : check.Passed ? "verdict: every certified charge is conserved by both midpoint rules"
            : check.MidpointFailure is not null
                ? "verdict: NOT DECIDED - a midpoint run failed numerically (see its row); " +
                  "choose a smaller --h or a larger --eps"
            : "verdict: FAILED - a certified charge is not conserved by a midpoint rule");
    }

    private static void Row(Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string F(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
