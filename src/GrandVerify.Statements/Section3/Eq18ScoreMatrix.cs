using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>
/// (18): C_ij = x_i^T (W_K^T W_Q + W_Q^T W_K) x_j = x_i^T W x_j with W symmetric. Decided with
/// symbolic W_K, W_Q; and C_ij - C_ji = x_i^T (W - W^T) x_j, so C is symmetric in (i, j) iff W is:
/// with independent W_ab the difference is nonzero.
/// </summary>
public sealed class Eq18ScoreMatrix : Statement
{
    public override string Id => "eq18";

    public override string Claim => "C_ij = x_iᵀ(W_KᵀW_Q + W_QᵀW_K)x_j ≡ x_iᵀ W x_j with W symmetric.";

    protected override Finding Decide()
    {
        var (x1, x2) = (KeyQueryScores.X1, KeyQueryScores.X2);
        var w = KeyQueryScores.W;
        var matches = (KeyQueryScores.C(x1, x2) - (x1.Transpose() * w * x2)[0, 0]).IsZero;
        var symmetricW = (w - w.Transpose()).IsZero;

        // general W: C_12 - C_21 = x_1^T (W - W^T) x_2, nonzero unless W = W^T
        var general = ModelCatalog.Get(2, 2, GraphShape.Complete, symmetricW: false);
        var gap = general.Scores[0, 1] - general.Scores[1, 0];
        var expected = general.Bilinear(0, general.W - general.W.Transpose(), 1);
        var onlyIfSymmetric = !gap.IsZero && (gap - expected).IsZero;

        return matches && symmetricW && onlyIfSymmetric
            ? new Finding(Verdict.Holds,
                "(7)+(8) give x_iᵀ(W_KᵀW_Q + W_QᵀW_K)x_j exactly and W − Wᵀ = 0 (symbolic W_K, W_Q, "
                + "d = 2, d' = 3); for a general W, C_12 − C_21 = x_1ᵀ(W − Wᵀ)x_2 ≠ 0, so C_ij is "
                + "symmetric in i, j iff W is.")
            {
                Forms = [new DerivedForm("asymmetry", @"C_{ij} - C_{ji} = x_i^T (\mathbb{W} - \mathbb{W}^T) x_j")],
            }
            : new Finding(Verdict.FalseAsPrinted,
                $"matches={matches}, W symmetric={symmetricW}, symmetric only if W is={onlyIfSymmetric}");
    }
}
