using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section4;

/// <summary>(31): in canonical variables Q = sum_i p_i^T R x_i = -1/2 y^T (J (x) R) y; decided equal
/// to each other and to (25) under p = e^{-t/eps} P of (16).</summary>
public sealed class Eq31CanonicalCharge : Statement
{
    public override string Id => "eq31";

    public override string Claim => "In canonical variables Q = Σ_i p_iᵀ R x_i = −½ yᵀ(J ⊗ R)y.";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
        {
            var r = RotationDrift.R(m);
            var q = m.Charge(r);
            var form = m.QuadraticCharge(r, m.StateColumn(m.MomentumColumn));
            var fromVelocity = m.VelocityCharge(r).Substitute(m.VelocityOfMomentum());
            return [q - form, q - fromVelocity];
        });
        return failure is null
            ? new Finding(Verdict.Holds,
                "Σ p_iᵀRx_i = −½yᵀ(J⊗R)y exactly, and (25) with P = e^{t/ε}p is the same function, on "
                + ModelCatalog.StandardLabel + ".")
            : new Finding(Verdict.FalseAsPrinted, $"(31) differs from (25)/(26) on {failure}");
    }
}
