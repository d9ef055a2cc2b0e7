using System.Diagnostics;
using System.Globalization;
using GrandVerify.Symbolic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// <c>grandverify bench symbolic</c>: times the kernel's three reference workloads
/// (<see cref="SymbolicWorkloads"/>) after a warm-up run and prints the median time, the
/// bytes allocated per run and each workload's decided result; exits 1 if a result is wrong.
/// For statistically careful figures use the BenchmarkDotNet project under tests/.
/// </summary>
public sealed class BenchSymbolicCommand : Command<BenchSymbolicSettings>
{
    public override int Execute(
        CommandContext context, BenchSymbolicSettings settings, CancellationToken cancellationToken)
    {
        (string Name, Func<(string Result, bool Ok)> Run)[] workloads =
        [
            ("expand (x1+...+x8)^8 and compare", () =>
            {
                var (terms, equal) = SymbolicWorkloads.ExpandPower(8);
                return ($"{terms} terms, {(equal ? "equal" : "DIFFERENT")}", equal && terms == 6435);
            }),
            ("24x24 identity (32), n=3, d=4", () =>
            {
                var (size, symmetric, identity) = SymbolicWorkloads.ChargeMatrixIdentity(3, 4);
                return ($"{size}x{size}, C symmetric: {symmetric}, holds: {identity}",
                    symmetric && identity);
            }),
            ("softmax Lagrangian gradient, 24 vars", () =>
            {
                var (count, terms) = SymbolicWorkloads.SoftmaxLagrangianGradient(3, 4);
                return ($"{count} derivatives, {terms} numerator terms", count == 24);
            }),
        ];

        var table = new Table().AddColumns("workload", "median ms", "allocated MB", "result");
        var ok = true;
        foreach (var (name, run) in workloads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (median, bytes, result, good) = Measure(run, settings.Repeat);
            ok &= good;
            table.AddRow(
                Markup.Escape(name),
                median.ToString("F1", CultureInfo.InvariantCulture),
                (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture),
                (good ? "[green]" : "[red]") + Markup.Escape(result) + "[/]");
        }

        AnsiConsole.Write(table);
        return ok ? ExitCodes.Ok : ExitCodes.VerdictFailed;
    }

    private static (double Median, long Bytes, string Result, bool Ok) Measure(
        Func<(string, bool)> run, int repeat)
    {
        // one warm-up run (JIT, shared atoms), then the median of the timed runs
        var (result, ok) = run();
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < repeat; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            (result, ok) = run();
            times.Add(clock.Elapsed.TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        return (times[times.Count / 2], bytes, result, ok);
    }
}
