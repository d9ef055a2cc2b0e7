using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>Options of <c>grandverify bench symbolic</c>.</summary>
public sealed class BenchSymbolicSettings : CommandSettings
{
    /// <summary>More repetitions than this add nothing to a median of sub-second runs.</summary>
    private const int MaxRepeat = 100;

    [CommandOption("--repeat <N>")]
    [Description("Timed repetitions per workload after one warm-up run (default 5).")]
    public int Repeat { get; init; } = 5;

    public override ValidationResult Validate() => Repeat is < 1 or > MaxRepeat
        ? ValidationResult.Error($"--repeat must be between 1 and {MaxRepeat} (got {Repeat})")
        : ValidationResult.Success();
}
