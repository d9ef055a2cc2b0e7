using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section3;

/// <summary>(16): p_i = dL/dx_i' = e^{-t/eps} x_i', derived from (11).</summary>
public sealed class Eq16Momenta : Statement
{
    public override string Id => "eq16";

    public override string Claim => "The momenta are p_i = ∂L/∂ẋ_i = e^{−t/ε} ẋ_i = e^{−t/ε} P_i.";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
            Identities.Differences(m.Momenta, m.PerComponent((i, a) => m.Decay * Expr.Of(m.V[i, a]))));
        return failure is null
            ? new Finding(Verdict.Holds,
                $"∂L/∂ẋ_i^a = e^{{−t/ε}} ẋ_i^a exactly on {ModelCatalog.StandardLabel}.")
            {
                Forms = [new DerivedForm("momentum", @"p_i = e^{-t/\varepsilon} P_i")],
            }
            : new Finding(Verdict.FalseAsPrinted, $"∂L/∂ẋ ≠ e^(−t/ε) ẋ on {failure}");
    }
}
