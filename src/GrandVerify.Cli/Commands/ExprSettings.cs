using System.ComponentModel;
using Spectre.Console.Cli;

namespace GrandVerify.Cli.Commands;

/// <summary>One expression argument (<c>expr normalize</c>, <c>expr latex</c>).</summary>
public class ExprSettings : CommandSettings
{
    [CommandArgument(0, "<EXPR>")]
    [Description("An expression such as \"exp(c)/(1+exp(-c))\", \"max(0,c)\", \"g(x1*W_12*x2)\"; "
        + "a leading minus (\"-x\") is read as an expression, not as an option.")]
    public string Expression { get; init; } = "";
}
