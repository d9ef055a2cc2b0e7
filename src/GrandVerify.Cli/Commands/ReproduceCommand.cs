using System.Globalization;
using GrandVerify.Cli.Output;
using GrandVerify.Numerics.Experiments;
using GrandVerify.Numerics.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// <c>grandverify reproduce</c>: the experiment of the paper's Section 6 (Fig. 1 and Fig. 2).
/// Runs forward Euler and the modified midpoint rule for W1 and W2, writes one CSV per run and
/// one figure per W, prints a verdict table per W, and fails when a charge that Theorem 1
/// conserves is not conserved by the midpoint rule.
/// </summary>
public sealed class ReproduceCommand : Command<ReproduceSettings>
{
    public override int Execute(
        CommandContext context, ReproduceSettings settings, CancellationToken cancellationToken)
    {
        List<(string Coupling, Experiment Run)> runs;
        try
        {
            runs = Section6.Couplings
                .SelectMany(w => Section6.Methods.Select(m =>
                    (w.Label, Section6.Create(w, m, settings.Eps, settings.H, settings.TEnd))))
                .ToList();
        }
        catch (ArgumentException e)
        {
            throw InputException.About("--h and --T", e);
        }

        var figures = RunAll(runs);
        var written = Write(settings.Out, figures);
        var failed = false;
        foreach (var figure in figures)
        {
            failed |= !ReportTable(figure.Coupling, figure.Runs);
        }

        AnsiConsole.MarkupLine($"[grey]wrote {written.Count} files to[/] {Markup.Escape(settings.Out)}");
        return failed ? ExitCodes.VerdictFailed : ExitCodes.Ok;
    }

    /// <summary>The runs of one coupling W, shown side by side in one figure.</summary>
    private sealed record Figure(string Coupling, IReadOnlyList<ExperimentResult> Runs);

    private static List<Figure> RunAll(IReadOnlyList<(string Coupling, Experiment Run)> runs)
    {
        var results = new List<(string Coupling, ExperimentResult Result)>(runs.Count);
        AnsiConsole.Progress()
            .AutoClear(true)
            .Start(progress =>
            {
                foreach (var (coupling, run) in runs)
                {
                    var task = progress.AddTask(run.Label, maxValue: run.Grid.Steps);
                    results.Add((coupling, run.Run(progress: (done, _) => task.Value = done)));
                }
            });
        return results.GroupBy(r => r.Coupling)
            .Select(g => new Figure(g.Key, g.Select(r => r.Result).ToList()))
            .ToList();
    }

    private static IReadOnlyList<string> Write(string folder, IReadOnlyList<Figure> figures)
    {
        using var output = new StagedOutput(folder);
        foreach (var figure in figures)
        {
            foreach (var run in figure.Runs)
            {
                ChargeCsv.Write(
                    output.PathFor($"{run.Experiment.Label}.csv"), run.Times, ChargeSeries(run));
            }

            var panels = figure.Runs.Select(r => new ChargeFigure.Panel(
                $"{figure.Coupling}: {r.Experiment.Integrator.Name}", ChargeSeries(r))).ToList();
            ChargeFigure.Save(
                output.PathFor($"{figure.Coupling}-charges.png"),
                output.PathFor($"{figure.Coupling}-charges.svg"),
                figure.Runs[0].Times,
                panels);
        }

        return output.Commit();
    }

    /// <summary>Prints the verdict table of one W; false when Theorem 1 is contradicted.</summary>
    private static bool ReportTable(string coupling, IReadOnlyList<ExperimentResult> runs)
    {
        var table = new Table().Title($"{coupling}, ε = {Show(runs[0].Experiment.Eps)}, " +
            $"h = {Show(runs[0].Experiment.Grid.H)}, N = {runs[0].Experiment.Grid.Steps}");
        table.AddColumn("charge");
        table.AddColumn("[[W,R]] = 0");
        foreach (var run in runs)
        {
            table.AddColumn(new TableColumn($"{run.Experiment.Integrator.Name}\nmax|Q-Q0|").RightAligned());
            table.AddColumn("verdict");
        }

        var holds = true;
        var charges = runs[0].Charges;
        for (var c = 0; c < charges.Count; c++)
        {
            var rotation = charges[c].Rotation;
            var cells = new List<string>
            {
                $"{rotation.Label} R({rotation.A},{rotation.B})",
                charges[c].CommutesWithW ? "yes" : "no",
            };
            foreach (var run in runs)
            {
                var verdict = run.Verdict(run.Charges[c]);
                cells.Add(Scientific(verdict.MaxDeviation));
                cells.Add(!verdict.Conserved ? "[yellow]drifts[/]"
                    : run.Charges[c].Values.All(q => q == 0.0) ? "[green]conserved[/] (Q ≡ 0)"
                    : "[green]conserved[/]");

                // Theorem 1 with a charge-preserving method: a commuting charge must be kept.
                var expected = run.Charges[c].CommutesWithW
                    && run.Experiment.Integrator.ConservesCommutingCharges;
                if (expected && !verdict.Conserved)
                {
                    holds = false;
                    cells[^1] = "[red]drifts: contradicts Theorem 1[/]";
                }
            }

            table.AddRow(cells.ToArray());
        }

        var bounds = runs.Select(r =>
            $"{r.Experiment.Integrator.Name} {Scientific(r.Verdict(r.Charges[0]).Bound)}");
        var k = runs[0].Verdict(runs[0].Charges[0]).K;
        table.Caption(
            $"conserved: max|Q-Q0| <= K u N scale = {string.Join(", ", bounds)}; " +
            $"K = {Show(k)} counts the roundings of one midpoint step, u = 2^-53, " +
            "scale = max_k |x||p| (see docs/verdicts.md). Q ≡ 0: the charge is exactly " +
            "0 at every step, here because coordinates 2-4 of the initial data are equal, so it " +
            "says nothing about the method.");
        AnsiConsole.Write(table);
        return holds;
    }

    private static List<Series> ChargeSeries(ExperimentResult result) =>
        result.Charges.Select(h => new Series(h.Rotation.Label, h.Values)).ToList();

    private static string Scientific(double value) =>
        value.ToString("0.00e+00", CultureInfo.InvariantCulture);

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
