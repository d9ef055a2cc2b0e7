using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section3;

/// <summary>(10): the action without potential; decided: its integrand, written with the norms
/// of (2), is exactly the Lagrangian (11) the model derives from (standard family).</summary>
public sealed class Eq10Action : Statement
{
    public override string Id => "eq10";

    public override string Claim => "L_ε[x] = L_ε[x, 0] = ∫ e^{−t/ε}(½Σ‖ẋ_i‖² + (1/2ε)Σ G_ij‖(∇x)_ij‖²) dt.";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
        {
            // e^{-t/eps} (1/2 sum ||P_i||^2 + 1/(2 eps) sum G_ij ||(grad x)_ij||^2), ||u|| = sqrt(u^T u)
            var kinetic = Expr.Zero;
            for (var i = 0; i < m.N; i++)
            {
                var square = Enumerable.Range(0, m.D).Aggregate(Expr.Zero, (s, a) => s + Expr.Of(m.V[i, a]).Pow(2));
                kinetic += Expr.Sqrt(square).Pow(2);
            }

            var coupling = Expr.Zero;
            for (var i = 0; i < m.N; i++)
            {
                for (var j = 0; j < m.N; j++)
                {
                    coupling += m.Couplings[i, j] * Expr.Sqrt(m.SquaredDistance(i, j)).Pow(2);
                }
            }

            var integrand = m.Decay * (kinetic / 2 + coupling / (2 * Expr.Of(m.Eps)));
            return [integrand - m.Lagrangian];
        });
        return failure is null
            ? new Finding(Verdict.Holds,
                $"The integrand of (10) written with ‖·‖ = √(·ᵀ·) equals (11) exactly on {ModelCatalog.StandardLabel}.")
            : new Finding(Verdict.FalseAsPrinted, $"integrand of (10) differs from (11) on {failure}");
    }
}
