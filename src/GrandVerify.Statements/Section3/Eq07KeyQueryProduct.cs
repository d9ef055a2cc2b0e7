using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section3;

/// <summary>(7): M_ij = (W_K x_i)^T (W_Q x_j) = x_i^T W_K^T W_Q x_j; decided that it is this bilinear
/// form and that it is not symmetric in (i, j) for generic W_K, W_Q (hence (8)).</summary>
public sealed class Eq07KeyQueryProduct : Statement
{
    public override string Id => "eq7";

    public override string Claim => "The key-query product is M_ij = (W_K x_i)ᵀ(W_Q x_j).";

    protected override Finding Decide()
    {
        var (x1, x2) = (KeyQueryScores.X1, KeyQueryScores.X2);
        var bilinear = (x1.Transpose() * KeyQueryScores.Keys.Transpose() * KeyQueryScores.Queries * x2)[0, 0];
        var isBilinear = (KeyQueryScores.M(x1, x2) - bilinear).IsZero;
        var asymmetric = !(KeyQueryScores.M(x1, x2) - KeyQueryScores.M(x2, x1)).IsZero;
        return isBilinear && asymmetric
            ? new Finding(Verdict.Holds,
                "M_ij = x_iᵀ W_Kᵀ W_Q x_j exactly (d = 2, d' = 3, symbolic W_K, W_Q); M_12 ≠ M_21 in "
                + "general, which is why (8) symmetrises it.")
            : new Finding(Verdict.FalseAsPrinted, $"bilinear={isBilinear}, asymmetric={asymmetric}");
    }
}
