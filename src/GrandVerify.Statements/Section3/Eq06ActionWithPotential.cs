using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section3;

/// <summary>
/// (6): the weighted action with coupling G and potential V. Decided: the claim that follows it,
/// that only the symmetric part of G enters (sum_{i,j} S_ij |x_i - x_j|^2 = 0 for a symbolic
/// antisymmetric S on K3, d = 3), and that for a single node the coupling term vanishes.
/// </summary>
public sealed class Eq06ActionWithPotential : Statement
{
    public override string Id => "eq6";

    public override string Claim =>
        "The action (6) couples nodes by Σ G_ij ‖(∇x)_ij‖²; only the symmetric part of G enters.";

    protected override Finding Decide()
    {
        var m = ModelCatalog.Get(3, 3, Symbolic.Model.GraphShape.Complete);

        // sum_{i,j} S_ij |x_i - x_j|^2 with S_ji = -S_ij
        var antisymmetric = Expr.Zero;
        for (var i = 0; i < m.N; i++)
        {
            for (var j = 0; j < m.N; j++)
            {
                if (i != j)
                {
                    var s = Expr.Of(Symbol.Get("S", $"{Math.Min(i, j) + 1}{Math.Max(i, j) + 1}"));
                    antisymmetric += (i < j ? s : -s) * m.SquaredDistance(i, j);
                }
            }
        }

        // a single node: |x_1 - x_1|^2 = 0
        var single = m.SquaredDistance(0, 0);
        return antisymmetric.IsZero && single.IsZero
            ? new Finding(Verdict.Holds,
                "Σ_{i,j} S_ij ‖x_i − x_j‖² = 0 exactly for antisymmetric symbolic S (K3, d = 3), so G "
                + "enters (6) only through (G + Gᵀ)/2; for one node the coupling term is identically 0.")
            : new Finding(Verdict.FalseAsPrinted, "an antisymmetric part of G changes the action");
    }
}
