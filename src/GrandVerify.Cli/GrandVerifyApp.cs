using System.Reflection;
using GrandVerify.Cli.Commands;
using Spectre.Console.Cli;

namespace GrandVerify.Cli;

/// <summary>
/// The command tree of <c>grandverify</c>. Each command lives in its own file under
/// Commands/; this class only names them.
/// </summary>
public static class GrandVerifyApp
{
    /// <summary>The informational version of this build, for <c>--version</c> and <c>version</c>.</summary>
    public static string Version =>
        typeof(GrandVerifyApp).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("grandverify");
            config.SetApplicationVersion(Version);
            config.PropagateExceptions();

            // A mistyped option must be an error, never a silently ignored default.
            config.UseStrictParsing();
            Register(config);
        });
        return ExitCodes.Guard(() => app.Run(OptionAliases.Expand(args)));
    }

    private static void Register(IConfigurator config)
    {
        config.AddCommand<ReproduceCommand>("reproduce")
            .WithDescription("Run the paper's Section 6 experiment: CSVs, figures, verdicts.");
        config.AddBranch("bench", bench =>
        {
            bench.SetDescription("Time reference workloads.");
            bench.AddCommand<BenchSymbolicCommand>("symbolic")
                .WithDescription("Time the exact kernel on its three reference workloads.");
        });
        config.AddBranch("expr", expr =>
        {
            expr.SetDescription("Exact expressions: canonical form, derivative, LaTeX, equality.");
            expr.AddCommand<ExprNormalizeCommand>("normalize")
                .WithDescription("Print the canonical form of an expression.");
            expr.AddCommand<ExprDiffCommand>("diff")
                .WithDescription("Print the derivative with respect to --wrt (--times k).");
            expr.AddCommand<ExprLatexCommand>("latex")
                .WithDescription("Print the canonical form as LaTeX.");
            expr.AddCommand<ExprEqualCommand>("equal")
                .WithDescription("Decide a = b: prints equal (exit 0) or different (exit 1).");
        });
        config.AddCommand<AuditCommand>("audit")
            .WithDescription("Decide every statement of the paper; write audit.md and audit.json.");
        config.AddCommand<DeriveCommand>("derive")
            .WithDescription("Print the equations derived from the Lagrangian for one small graph.");
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Re-check the conservation results for an attention (name or g(c)).");
        config.AddCommand<VersionCommand>("version")
            .WithDescription("Print the GrandVerify version.");
    }
}
