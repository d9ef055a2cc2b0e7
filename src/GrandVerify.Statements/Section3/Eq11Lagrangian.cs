using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>(11): the Lagrangian. Decided: it is regular, d^2 L / dP_i^a dP_j^b =
/// e^{-t/eps} delta_ij delta_ab, so the Legendre transform (16), (21) is defined.</summary>
public sealed class Eq11Lagrangian : Statement
{
    public override string Id => "eq11";

    public override string Claim =>
        "The Lagrangian is e^{−t/ε}(½Σ ẋ_iᵀẋ_i + (1/2ε)Σ G_ij (∇x)_ijᵀ(∇x)_ij), a regular Lagrangian.";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
            from k in Enumerable.Range(0, m.N * m.D)
            from l in Enumerable.Range(0, m.N * m.D)
            select m.Lagrangian.Diff(m.V[k / m.D, k % m.D]).Diff(m.V[l / m.D, l % m.D])
                - (k == l ? m.Decay : Expr.Zero));
        var shown = ModelCatalog.Shown;
        return failure is null
            ? new Finding(Verdict.Holds,
                $"∂²L/∂ẋ_i^a∂ẋ_j^b = e^{{−t/ε}} δ_ij δ_ab exactly on {ModelCatalog.StandardLabel}: L is regular.")
            {
                Forms = [new DerivedForm("L for K2, d = 2", ModelLatex.Print(shown, shown.Lagrangian))],
            }
            : new Finding(Verdict.FalseAsPrinted, $"the velocity Hessian is not e^(-t/eps) I on {failure}");
    }
}
