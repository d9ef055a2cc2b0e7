using System.ComponentModel;
using System.Globalization;
using GrandVerify.Numerics.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>Options of <c>grandverify reproduce</c>; defaults are the paper's Section 6.</summary>
public sealed class ReproduceSettings : CommandSettings
{
    /// <summary>More steps than this would hold the histories of four runs in memory for nothing.</summary>
    private const double MaxSteps = 10_000_000;

    [CommandOption("--eps <EPS>")]
    [Description("The parameter ε of the Lagrangian (6); the paper uses 0.1.")]
    public double Eps { get; init; } = Section6.Eps;

    [CommandOption("--step <H>")]
    [Description("Step size h of the uniform grid (alias --h); must divide T. The paper uses 1/50.")]
    public double H { get; init; } = Section6.H;

    [CommandOption("--t-end <T>")]
    [Description("Final time T (alias --T); the grid is t_k = k h on [[0, T]]. The paper uses 1.")]
    public double TEnd { get; init; } = Section6.T;

    [CommandOption("--out <DIR>")]
    [Description("Folder for the CSV files and figures.")]
    public string Out { get; init; } = Path.Combine("out", "reproduce");

    public override ValidationResult Validate()
    {
        if (!(Eps > 0) || !double.IsFinite(Eps))
        {
            return Invalid("--eps", Eps, "must be a positive finite number");
        }

        if (!(H > 0) || !double.IsFinite(H))
        {
            return Invalid("--h", H, "must be a positive finite number");
        }

        if (!(TEnd > 0) || !double.IsFinite(TEnd))
        {
            return Invalid("--T", TEnd, "must be a positive finite number");
        }

        if (TEnd / H > MaxSteps)
        {
            return ValidationResult.Error(
                $"--T / --h = {Show(TEnd / H)} steps is more than {MaxSteps:N0}; choose a larger --h");
        }

        return string.IsNullOrWhiteSpace(Out)
            ? ValidationResult.Error("--out must name a folder")
            : ValidationResult.Success();
    }

    private static ValidationResult Invalid(string option, double value, string what) =>
        ValidationResult.Error($"{option} {what} (got {Show(value)})");

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
