using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// (24): H of (21) is invariant under x_i -&gt; Lambda x_i, P_i -&gt; Lambda P_i. Decided
/// infinitesimally: delta H = sum (dH/dx) R x + (dH/dP) R P = -(e^{-t/eps}/(2 eps)) sum_s (dU/dW_s) [W,R]_s
/// exactly, so H is invariant iff [W, R] = O, the hypothesis (23) under which (24) is stated.
/// </summary>
public sealed class Eq24RigidSymmetry : Statement
{
    public override string Id => "eq24";

    public override string Claim => "For [W, R] = O, H is invariant under x_i ← Λx_i, P_i ← ΛP_i.";

    /// <summary>delta H under the simultaneous infinitesimal rotation of x and P.</summary>
    public static Expr Variation(GndModel m)
    {
        var r = RotationDrift.R(m);
        var h = m.VelocityHamiltonian;
        var sum = Expr.Zero;
        for (var i = 0; i < m.N; i++)
        {
            for (var a = 0; a < m.D; a++)
            {
                for (var b = 0; b < m.D; b++)
                {
                    if (!r[a, b].IsZero)
                    {
                        // (dH/dx_i^a) R_ab x_i^b + (dH/dP_i^a) R_ab P_i^b
                        sum += r[a, b] * (h.Diff(m.X[i, a]) * Expr.Of(m.X[i, b])
                            + h.Diff(m.V[i, a]) * Expr.Of(m.V[i, b]));
                    }
                }
            }
        }

        return sum;
    }

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
            [Variation(m) + m.Decay / (2 * Expr.Of(m.Eps)) * RotationDrift.PotentialCertificate(m)]);
        return failure is null
            ? new Finding(Verdict.Holds,
                "δH = −(e^{−t/ε}/2ε) Σ_{a≤b} (∂U/∂W_ab)[W,R]_ab exactly on "
                + $"{ModelCatalog.StandardLabel}: H is invariant when [W,R] = O (the kinetic term and "
                + "‖x_i − x_j‖² are invariant for every R). The printed label A of Q_A stands for Λ.")
            : new Finding(Verdict.FalseAsPrinted, $"δH is not the commutator combination on {failure}");
    }
}
