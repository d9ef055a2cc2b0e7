using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>
/// (20): Y' = B(Y) Y with B = (1/eps)[[O, eps I], [C, I]] on Y = (x, P). Decided against the flow
/// derived from (11): with C of (19) the P-rows of B Y are (1/eps)(P + C x) while the flow is
/// (1/eps)(P - C x). The printed sign is wrong; B = (1/eps)[[O, eps I], [-C, I]] agrees exactly.
/// The remark after (20) (C symmetric because W is) is decided too.
/// </summary>
public sealed class Eq20FirstOrderMatrix : Statement
{
    public override string Id => "eq20";

    public override string Claim => "The system is Ẏ = B(Y)Y with B(Y) = (1/ε)[[O, εI], [C(Y), I]], and C(Y) "
        + "is symmetric.";

    /// <summary>B(sigma) Y minus the derived (P, P'), entry by entry.</summary>
    public static IEnumerable<Expr> Residuals(GndModel m, int sigma)
    {
        var by = m.FirstOrderMatrix(sigma) * m.StateColumn(m.VelocityColumn);
        for (var k = 0; k < m.N * m.D; k++)
        {
            // x' = P and P' from delta L / delta x = 0
            yield return by[k, 0] - Expr.Of(m.V[k / m.D, k % m.D]);
            yield return by[(m.N * m.D) + k, 0] - m.AccelerationFlow[k / m.D, k % m.D];
        }
    }

    protected override Finding Decide()
    {
        var printed = Identities.FirstFailure(ModelCatalog.Standard, m => Residuals(m, +1));
        var corrected = Identities.FirstFailure(ModelCatalog.Standard, m => Residuals(m, -1));
        var symmetric = Identities.FirstFailure(ModelCatalog.Standard, m =>
            Identities.Entries(m.ForceMatrix - m.ForceMatrix.Transpose()));
        var shown = ModelCatalog.Shown;
        var gap = (shown.FirstOrderMatrix(+1) - shown.FirstOrderMatrix(-1)) * shown.StateColumn(shown.VelocityColumn);

        if (corrected is not null || symmetric is not null)
        {
            throw new InvalidOperationException(
                $"derivation inconsistent: B with −C fails on {corrected ?? "none"}, C = Cᵀ fails on "
                    + $"{symmetric ?? "none"}");
        }

        if (printed is null)
        {
            return new Finding(Verdict.Holds, $"B Y as printed equals the derived flow on "
                + $"{ModelCatalog.StandardLabel}");
        }

        return new Finding(Verdict.FalseAsPrinted,
            "With C of (19) the derived flow is Ṗ = (1/ε)(P − C x) (C x = Σ A x, see eq19), so B Y as printed "
            + $"misses it by (2/ε) C x (first failure {printed}); B = (1/ε)[[O, εI], [−C, I]] agrees exactly on "
            + $"{ModelCatalog.StandardLabel}. C = Cᵀ holds there (W and w symmetric).")
        {
            Forms =
            [
                new DerivedForm("corrected (20)", @"\mathcal{B}(Y) = \frac{1}{\varepsilon}\begin{pmatrix} O & "
                    + @"\varepsilon I_{\hat n} \\ -C(Y) & I_{\hat n}\end{pmatrix}"),
                new DerivedForm("printed minus corrected, row P_1^1, K2, d = 2",
                    ModelLatex.Print(shown, gap[shown.N * shown.D, 0])),
            ],
        };
    }
}
