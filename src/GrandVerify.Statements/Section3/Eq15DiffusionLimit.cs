using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section3;

/// <summary>(15): the eps -&gt; 0 limit. Decided: eps e^{t/eps} delta L/delta x is the polynomial
/// -eps x'' + x' - sum_j A_ij x_j in eps, whose value at eps = 0 is (15). The limit is formal: it
/// assumes x'' stays bounded (no initial layer).</summary>
public sealed class Eq15DiffusionLimit : Statement
{
    public override string Id => "eq15";

    public override string Claim => "As ε → 0, (14) becomes the diffusion equation ẋ_i − Σ_j A_ij x_j = 0.";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
        {
            var ax = m.CouplingBlocks * m.PositionColumn;
            var scaled = m.PerComponent((i, a) => Expr.Of(m.Eps) * m.Growth * m.EulerLagrange[i, a]);

            // eps e^{t/eps} EL = -eps P' + P - A x, then eps = 0
            var polynomial = m.PerComponent((i, a) => -Expr.Of(m.Eps) * Expr.Of(m.Acceleration[i, a])
                + Expr.Of(m.V[i, a]) - ax[(i * m.D) + a, 0]);
            var limit = m.PerComponent((i, a) => polynomial[i, a].Substitute(m.Eps, Expr.Zero));
            var diffusion = m.PerComponent((i, a) => Expr.Of(m.V[i, a]) - ax[(i * m.D) + a, 0]);
            return Identities.Differences(scaled, polynomial).Concat(Identities.Differences(limit, diffusion));
        });
        return failure is null
            ? new Finding(Verdict.Holds,
                "ε e^{t/ε} δL/δx = −εẍ + ẋ − Σ A x exactly (polynomial in ε); at ε = 0 it is (15), on "
                + $"{ModelCatalog.StandardLabel}. The limit is formal (singular perturbation: ẍ bounded assumed).")
            : new Finding(Verdict.FalseAsPrinted, $"the ε → 0 limit is not (15) on {failure}");
    }
}
