using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>(12): the Euler-Lagrange expression of (11), derived with (5) including (-1)^m and
/// compared with the second and third printed lines on the standard family.</summary>
public sealed class Eq12EulerLagrange : Statement
{
    public override string Id => "eq12";

    public override string Claim =>
        "δL/δx_i = e^{−t/ε}[(1/2ε)∂/∂x_i(Σ G_ij‖(∇x)_ij‖²) + (1/ε)ẋ_i − ẍ_i].";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
            m.PerComponent((i, a) => m.EulerLagrange[i, a] - SecondLine(m, i, a)).Cast<Expr>()
                .Concat(m.PerComponent((i, a) => m.EulerLagrange[i, a] - ThirdLine(m, i, a)).Cast<Expr>()));
        var shown = ModelCatalog.Shown;
        return failure is null
            ? new Finding(Verdict.Holds,
                "δL/δx = ∂L/∂x − D_t ∂L/∂ẋ derived from (11) equals both printed lines of (12) exactly on "
                + $"{ModelCatalog.StandardLabel} (the summation index i of (12) shadows the free i; read as j).")
            {
                Forms = [new DerivedForm("δL/δx_1^1, K2, d = 2", ModelLatex.Print(shown, shown.EulerLagrange[0, 0]))],
            }
            : new Finding(Verdict.FalseAsPrinted, $"(12) disagrees with the Euler-Lagrange expression on {failure}");
    }

    private static Expr SecondLine(GndModel m, int i, int a) =>
        m.Decay / (2 * Expr.Of(m.Eps)) * m.Gradient[i, a] - m.Jet.TimeDerivative(m.Decay * Expr.Of(m.V[i, a]));

    private static Expr ThirdLine(GndModel m, int i, int a) =>
        m.Decay * (m.Gradient[i, a] / (2 * Expr.Of(m.Eps)) + Expr.Of(m.V[i, a]) / Expr.Of(m.Eps)
            - Expr.Of(m.Acceleration[i, a]));
}
