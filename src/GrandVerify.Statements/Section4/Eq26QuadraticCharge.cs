using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section4;

/// <summary>(26): Q = -(e^{-t/eps}/2) Y^T (J (x) R) Y with Y = (x, P), J = [[O, I_n], [-I_n, O]];
/// decided equal to (25) for the generic skew R.</summary>
public sealed class Eq26QuadraticCharge : Statement
{
    public override string Id => "eq26";

    public override string Claim => "Q = −(e^{−t/ε}/2) Yᵀ(J ⊗ R)Y with Y = (x, P) and J = [[O, I_n], [−I_n, O]].";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
        {
            var r = RotationDrift.R(m);
            var form = m.Decay * m.QuadraticCharge(r, m.StateColumn(m.VelocityColumn));
            return [form - m.VelocityCharge(r)];
        });
        return failure is null
            ? new Finding(Verdict.Holds,
                $"−(e^{{−t/ε}}/2)Yᵀ(J⊗R)Y − e^{{−t/ε}}Σ P_iᵀRx_i = 0 exactly for the generic skew R on "
                    + $"{ModelCatalog.StandardLabel}.")
            : new Finding(Verdict.FalseAsPrinted, $"(26) differs from (25) on {failure}");
    }
}
