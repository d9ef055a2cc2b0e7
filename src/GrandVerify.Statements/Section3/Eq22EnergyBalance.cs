using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>(22): dH/dt along the flow, H of (21) in (x, P), differentiated along the flow derived
/// from (11) and compared with both printed lines; and in canonical variables dH/dt = dH/dt|_partial.</summary>
public sealed class Eq22EnergyBalance : Statement
{
    public override string Id => "eq22";

    public override string Claim =>
        "dH/dt = (e^{−t/ε}/ε)ΣP_iᵀP_i − H/ε = (e^{−t/ε}/2ε)(ΣP_iᵀP_i + (1/ε)ΣG_ij‖(∇x)_ij‖²).";

    /// <summary>dH/dt along the flow minus each printed line.</summary>
    public static IEnumerable<Expr> Residuals(GndModel m)
    {
        var rate = m.TimeDerivativeAlongFlow(m.VelocityHamiltonian);
        var kinetic = Enumerable.Range(0, m.N * m.D)
            .Aggregate(Expr.Zero, (s, k) => s + Expr.Of(m.V[k / m.D, k % m.D]).Pow(2));
        var eps = Expr.Of(m.Eps);
        yield return rate - (m.Decay / eps * kinetic - m.VelocityHamiltonian / eps);
        yield return rate - m.Decay / (2 * eps) * (kinetic + m.Potential / eps);

        // canonical: D_t H = dH/dt (Hamilton's equations)
        yield return m.TimeDerivativeAlongCanonicalFlow(m.Hamiltonian) - m.Hamiltonian.Diff(m.T);
    }

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, Residuals);
        return failure is null
            ? new Finding(Verdict.Holds,
                "Along the flow of (17), dH/dt equals both printed lines of (22) exactly on "
                + $"{ModelCatalog.StandardLabel}; in (x, p) it is ∂H/∂t, nonzero for finite ε.")
            {
                Forms = [new DerivedForm("balance", @"\frac{dH}{dt} = "
                    + @"\frac{e^{-t/\varepsilon}}{2\varepsilon}\Big(\sum_i P_i^T P_i + \frac{1}{\varepsilon} U\Big)")],
            }
            : new Finding(Verdict.FalseAsPrinted, $"(22) differs from dH/dt along the flow on {failure}");
    }
}
