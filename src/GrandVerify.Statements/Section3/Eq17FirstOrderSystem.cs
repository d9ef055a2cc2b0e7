using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section3;

/// <summary>(17): x_i' = P_i, P_i' = (1/eps)(P_i - sum_j A_ij x_j). Decided: the acceleration solved
/// from the Euler-Lagrange equation equals the printed right side exactly.</summary>
public sealed class Eq17FirstOrderSystem : Statement
{
    public override string Id => "eq17";

    public override string Claim => "(14) is the first-order system ẋ_i = P_i, Ṗ_i = (1/ε)(P_i − Σ_j A_ij x_j).";

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
        {
            var ax = m.CouplingBlocks * m.PositionColumn;
            return Identities.Differences(m.AccelerationFlow, m.PerComponent((i, a) =>
                (Expr.Of(m.V[i, a]) - ax[(i * m.D) + a, 0]) / Expr.Of(m.Eps)));
        });
        return failure is null
            ? new Finding(Verdict.Holds,
                $"Ṗ solved from δL/δx = 0 equals (1/ε)(P − Σ A x) exactly on {ModelCatalog.StandardLabel}.")
            {
                Forms = [new DerivedForm("flow", @"\dot P_i = \tfrac{1}{\varepsilon}\left(P_i + \tfrac12 "
                    + @"\nabla_{x_i} U\right) = \tfrac{1}{\varepsilon}\left(P_i - \textstyle\sum_j A_{ij} x_j\right)")],
            }
            : new Finding(Verdict.FalseAsPrinted, $"(17) differs from the derived flow on {failure}");
    }
}
