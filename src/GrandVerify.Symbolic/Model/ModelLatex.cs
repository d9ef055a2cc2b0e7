namespace GrandVerify.Symbolic.Model;

/// <summary>
/// LaTeX of model expressions in the paper's shorthand: a function of a score, f(C_ij), is shown
/// as f_{ij} (g_{ij}, g'_{ij}, E_{ij} = e^{C_ij}, tanh_{ij}), dP/dt as \dot P, so that the
/// derived equations stay readable. The legend says what each shorthand stands for.
/// </summary>
public static class ModelLatex
{
    /// <summary>What the shorthand means, one LaTeX sentence.</summary>
    public const string Legend =
        @"C_{ij} = x_i^T W x_j,\; f_{ij} = f(C_{ij}) \text{ for } f = g, g', g'', \tanh, "
        + @"\mathrm{sigmoid},\; E_{ij} = e^{C_{ij}}";

    /// <summary>The LaTeX of e with every f(C_ij) abbreviated.</summary>
    public static string Print(GndModel model, Expr e)
    {
        ArgumentNullException.ThrowIfNull(model);
        var shortened = Abbreviate(model, e);
        return shortened.ToLatex()
            .Replace(@"\mathrm{gppp}", "g'''", StringComparison.Ordinal)
            .Replace(@"\mathrm{gpp}", "g''", StringComparison.Ordinal)
            .Replace(@"\mathrm{gp}", "g'", StringComparison.Ordinal)
            .Replace(@"\mathrm{Pdot}", @"\dot{P}", StringComparison.Ordinal);
    }

    /// <summary>e with f(C_ij), i &lt;= j, replaced by the symbol f_ij.</summary>
    public static Expr Abbreviate(GndModel model, Expr e) =>
        Substitution.MapAtoms(e, a => a is FunctionAtom f ? Short(model, f) : null);

    private static Expr? Short(GndModel model, FunctionAtom f)
    {
        for (var i = 0; i < model.N; i++)
        {
            for (var j = i; j < model.N; j++)
            {
                if (f.Argument.StructurallyEquals(model.Scores[i, j]))
                {
                    return Expr.Of(Symbol.Get(NameOf(f), $"{i + 1}{j + 1}"));
                }
            }
        }

        return null;
    }

    private static string NameOf(FunctionAtom f) => f.Kind switch
    {
        FunctionKind.Opaque => f.Name + new string('p', f.Order),
        FunctionKind.Exp => "E",
        _ => f.Name,
    };
}
