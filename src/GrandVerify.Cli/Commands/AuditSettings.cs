using System.ComponentModel;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>Options of <c>grandverify audit</c>.</summary>
public sealed class AuditSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder for audit.md and audit.json.")]
    public string Out { get; init; } = Path.Combine("out", "audit");
}
