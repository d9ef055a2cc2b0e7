using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>(14): -x_i'' + (1/eps)(x_i' - sum_j A_ij x_j) = 0. Decided: e^{t/eps} delta L/delta x_i
/// equals the left side exactly, with A of (13).</summary>
public sealed class Eq14SecondOrderEquation : Statement
{
    public override string Id => "eq14";

    public override string Claim => "δL/δx = 0 is −ẍ_i + (1/ε)(ẋ_i − Σ_j A_ij x_j) = 0.";

    /// <summary>-P' + (1/eps)(P - A x), n x d.</summary>
    public static Expr[,] LeftSide(GndModel m)
    {
        var ax = m.CouplingBlocks * m.PositionColumn;
        return m.PerComponent((i, a) => -Expr.Of(m.Acceleration[i, a])
            + (Expr.Of(m.V[i, a]) - ax[(i * m.D) + a, 0]) / Expr.Of(m.Eps));
    }

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
            Identities.Differences(m.PerComponent((i, a) => m.Growth * m.EulerLagrange[i, a]), LeftSide(m)));
        return failure is null
            ? new Finding(Verdict.Holds,
                $"e^{{t/ε}} δL/δx_i equals the left side of (14) exactly on {ModelCatalog.StandardLabel}.")
            : new Finding(Verdict.FalseAsPrinted, $"(14) differs from the Euler-Lagrange equation on {failure}");
    }
}
