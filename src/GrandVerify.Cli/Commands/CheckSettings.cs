using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>
/// Options of <c>grandverify check</c>. Defaults: K_4, W = diag(1/2, 1/2, 1, 1) (d = 4; with
/// --dim D alone W = diag(1/2, 1/2, 1, ..., 1)), W_K = I, W_Q = W/2, zeta = 1, eps = 1,
/// h = 1/100, T = 1/10 (ten resolved steps), seed 1.
/// </summary>
public sealed class CheckSettings : CommandSettings
{
    /// <summary>More steps than this is not a "short run".</summary>
    private const double MaxSteps = 100_000;

    [CommandOption("--attention <NAME|EXPR>")]
    [Description("A registry name (softmax, softmax-exact, edge-softmax, row-softmax, cosine, " +
        "exp-kernel, identity, exp, sigmoid, tanh, relu) or g(c) as an expression in c, " +
        "e.g. \"c^2/(1+c^2)\".")]
    public string? Attention { get; init; }

    [CommandOption("--coupling <W>")]
    [Description("W (alias --W): diag(a,b,...), c*I(d), or a file with one row of W per line.")]
    public string? Coupling { get; init; }

    [CommandOption("--graph <GRAPH>")]
    [Description("complete, path, cycle, star, or an edge-list file.")]
    public string Graph { get; init; } = "complete";

    [CommandOption("--nodes <N>")]
    [Description("Number of nodes n of a generated graph (default 4).")]
    public int Nodes { get; init; } = 4;

    [CommandOption("--dim <D>")]
    [Description("Feature dimension d (default: from W, else 4).")]
    public int? Dim { get; init; }

    [CommandOption("--zeta <ZETA>")]
    [Description("Length scale of exp-kernel (default 1).")]
    public double Zeta { get; init; } = 1.0;

    [CommandOption("--eps <EPS>")]
    [Description("The parameter ε of (6) (default 1).")]
    public double Eps { get; init; } = 1.0;

    [CommandOption("--step <H>")]
    [Description("Step size h (alias --h; default 0.01).")]
    public double H { get; init; } = 0.01;

    [CommandOption("--t-end <T>")]
    [Description("Final time T (alias --T; default 0.1); h must divide T.")]
    public double TEnd { get; init; } = 0.1;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the sample states and of the initial state (default 1).")]
    public int Seed { get; init; } = 1;

    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json.")]
    public string Format { get; init; } = "table";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Attention))
        {
            return ValidationResult.Error("--attention is required: a registry name or an expression in c");
        }

        if (Format is not ("table" or "json"))
        {
            return ValidationResult.Error($"--format must be table or json (got '{Format}')");
        }

        if (Nodes < 2 || Nodes > 200)
        {
            return ValidationResult.Error($"--nodes must be between 2 and 200 (got {Nodes})");
        }

        if (Dim is { } d && (d < 2 || d > 16))
        {
            return ValidationResult.Error($"--dim must be between 2 and 16 (got {d})");
        }

        foreach (var (option, value) in new[] { ("--zeta", Zeta), ("--eps", Eps), ("--h", H), ("--T", TEnd) })
        {
            if (!(value > 0) || !double.IsFinite(value))
            {
                return ValidationResult.Error($"{option} must be a positive finite number (got {Show(value)})");
            }
        }

        return TEnd / H > MaxSteps
            ? ValidationResult.Error($"--T / --h = {Show(TEnd / H)} steps is more than {MaxSteps:N0}")
            : ValidationResult.Success();
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
