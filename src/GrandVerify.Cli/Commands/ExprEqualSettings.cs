using System.ComponentModel;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>Arguments of <c>grandverify expr equal</c>.</summary>
public sealed class ExprEqualSettings : CommandSettings
{
    [CommandArgument(0, "<A>")]
    [Description("The first expression.")]
    public string A { get; init; } = "";

    [CommandArgument(1, "<B>")]
    [Description("The second expression.")]
    public string B { get; init; } = "";
}
