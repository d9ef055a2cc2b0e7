using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>
/// (13): the blocks A_ij built from dG/dx_i. Decided: sum_j A_ij x_j = -1/2 dU/dx_i exactly (the
/// display before (13) is the same statement) on the standard family, the built-in elementwise
/// activations and the softmax; the blocks themselves are not the blocks of C in (19).
/// </summary>
public sealed class Eq13CouplingBlocks : Statement
{
    public override string Id => "eq13";

    public override string Claim =>
        "With A_ij of (13), ∂/∂x_i(Σ G‖∇x‖²) = −2Σ_j A_ij x_j, so (12) becomes e^{−t/ε}[−(1/ε)ΣA_ij x_j + "
            + "ẋ_i/ε − ẍ_i].";

    /// <summary>A x + 1/2 grad U, entry by entry.</summary>
    public static IEnumerable<Expr> Residuals(GndModel m) =>
        Identities.Differences(m.CouplingBlocks * m.PositionColumn, m.PerComponent((i, a) => -m.Gradient[i, a] / 2));

    protected override Finding Decide()
    {
        var models = ModelCatalog.Standard.Concat(ModelCatalog.Elementwise).Append(ModelCatalog.Softmax);
        var failure = Identities.FirstFailure(models, Residuals);
        var shown = ModelCatalog.Shown;
        var differs = !(shown.CouplingBlocks - shown.ForceMatrix).IsZero;
        return failure is null
            ? new Finding(Verdict.Holds,
                $"Σ_j A_ij x_j + ½∂U/∂x_i = 0 exactly on {ModelCatalog.StandardLabel}, for exp, tanh, "
                + "sigmoid and the softmax (K3, d = 2)."
                + (differs ? " The blocks A_ij are not those of C in (19) (they contain rank-one, "
                    + "nonsymmetric parts); only the products A x and C x agree." : ""))
            {
                Forms =
                [
                    new DerivedForm("force", @"\sum_j A_{ij} x_j = -\tfrac12 \nabla_{x_i} U"),
                    new DerivedForm("(A_{12})_{11}, K2, d = 2", ModelLatex.Print(shown, shown.CouplingBlocks[0, 2])),
                ],
            }
            : new Finding(Verdict.FalseAsPrinted, $"Σ A x ≠ −½∇U on {failure}");
    }
}
