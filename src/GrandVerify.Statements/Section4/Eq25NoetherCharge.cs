using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// (25): Q = e^{-t/eps} sum_i P_i^T R x_i. Decided: it is the Noether charge sum_i (dL/dP_i)^T R x_i of
/// the rotation x -&gt; e^{sR} x, and along the flow derived from (11) its rate is exactly
/// (e^{-t/eps}/(2 eps)) sum_s (dU/dW_s)[W, R]_s, zero when [W, R] = O.
/// </summary>
public sealed class Eq25NoetherCharge : Statement
{
    public override string Id => "eq25";

    public override string Claim => "The charge of the rotation symmetry is Q = e^{−t/ε} Σ_i P_iᵀ R x_i.";

    /// <summary>sum_i (dL/dP_i)^T R x_i.</summary>
    public static Expr Noether(GndModel m)
    {
        var r = RotationDrift.R(m);
        var q = Expr.Zero;
        for (var i = 0; i < m.N; i++)
        {
            for (var a = 0; a < m.D; a++)
            {
                for (var b = 0; b < m.D; b++)
                {
                    q += m.Momenta[i, a] * r[a, b] * Expr.Of(m.X[i, b]);
                }
            }
        }

        return q;
    }

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
        {
            var q = m.VelocityCharge(RotationDrift.R(m));
            var rate = m.TimeDerivativeAlongFlow(q);
            var certificate = m.Decay / (2 * Expr.Of(m.Eps)) * RotationDrift.PotentialCertificate(m);
            return [Noether(m) - q, rate - certificate];
        });
        return failure is null
            ? new Finding(Verdict.Holds,
                "Σ_i (∂L/∂ẋ_i)ᵀRx_i = e^{−t/ε}Σ_i P_iᵀRx_i exactly, and along the flow of (17) "
                + "dQ/dt = (e^{−t/ε}/2ε)Σ_{a≤b}(∂U/∂W_ab)[W,R]_ab, on " + ModelCatalog.StandardLabel + ".")
            {
                Forms = [new DerivedForm("Noether", @"Q = \sum_i \Big(\frac{\partial \mathcal{L}}{\partial "
                    + @"\dot x_i}\Big)^T \mathcal{R} x_i = e^{-t/\varepsilon}\sum_i P_i^T \mathcal{R} x_i")],
            }
            : new Finding(Verdict.FalseAsPrinted, $"(25) is not the Noether charge on {failure}");
    }
}
