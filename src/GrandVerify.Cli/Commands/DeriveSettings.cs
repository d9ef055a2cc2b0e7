using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>Options of <c>grandverify derive</c>.</summary>
public sealed class DeriveSettings : CommandSettings
{
    [CommandOption("--nodes <N>")]
    [Description("Number of nodes n (2..4; n d <= 8, or <= 4 for softmax).")]
    public int Nodes { get; init; } = 2;

    [CommandOption("--dim <D>")]
    [Description("Feature dimension d (1..4).")]
    public int Dim { get; init; } = 2;

    [CommandOption("--attention <NAME>")]
    [Description("Activation g: g (opaque), softmax, exp, tanh, sigmoid.")]
    public string Attention { get; init; } = "g";

    [CommandOption("--graph <GRAPH>")]
    [Description("complete (K_n) or path (P_n).")]
    public string Graph { get; init; } = "complete";

    [CommandOption("--format <FORMAT>")]
    [Description("markdown or latex.")]
    public string Format { get; init; } = "markdown";

    public override ValidationResult Validate()
    {
        if (Format is not ("markdown" or "latex"))
        {
            return ValidationResult.Error($"--format '{Format}' must be markdown or latex.");
        }

        return Graph is "complete" or "path"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--graph '{Graph}' must be complete or path.");
    }
}
