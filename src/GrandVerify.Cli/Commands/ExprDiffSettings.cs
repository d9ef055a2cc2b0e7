using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>Options of <c>grandverify expr diff</c>.</summary>
public sealed class ExprDiffSettings : ExprSettings
{
    /// <summary>Beyond this the expression swell makes the command pointless.</summary>
    private const int MaxTimes = 50;

    [CommandOption("--wrt <SYMBOL>")]
    [Description("The symbol to differentiate with respect to (x, x1, W_12).")]
    public string? Wrt { get; init; }

    [CommandOption("--times <K>")]
    [Description("Order of the derivative (default 1).")]
    public int Times { get; init; } = 1;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Wrt))
        {
            return ValidationResult.Error("--wrt is required: the symbol to differentiate by");
        }

        return Times is < 0 or > MaxTimes
            ? ValidationResult.Error($"--times must be between 0 and {MaxTimes} (got {Times})")
            : ValidationResult.Success();
    }
}
