using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>
/// (19): the matrix C(x). Decided against the force derived from (11):
/// for an elementwise g, C x = sum_j A_ij x_j = -1/2 grad U exactly and C = C^T, while C and A
/// differ block by block. For the paper's softmax with g' = s(1 - s) entry by entry, C x is not
/// -1/2 grad U; the exact relation is
/// (C x)_r + 1/2 grad_r U = W (sum_j w_rj s_rj^2 |x_r - x_j|^2 x_j - U sum_l s_rl x_l),
/// the derivative of the normaliser Z = sum_{k,l} e^{C_kl} that (19) drops.
/// </summary>
public sealed class Eq19ForceMatrix : Statement
{
    public override string Id => "eq19";

    public override string Claim =>
        "C(Y) of (19) reorganises the force: its blocks are −2Σ_{i≠r} w_ri g(C_ri) I and w_rs(2g I − g'‖x_r − "
            + "x_s‖² W).";

    /// <summary>C x + 1/2 grad U, entry by entry.</summary>
    public static IEnumerable<Expr> ForceResiduals(GndModel m) =>
        Identities.Differences(m.ForceMatrix * m.PositionColumn, m.PerComponent((i, a) => -m.Gradient[i, a] / 2));

    /// <summary>(C x)_r + 1/2 grad_r U minus W (sum_j w_rj s_rj^2 D_rj x_j - U sum_l s_rl x_l).</summary>
    public static IEnumerable<Expr> SoftmaxRelation(GndModel m)
    {
        var z = SoftmaxAttention.Normaliser(m.Scores);
        var cx = m.ForceMatrix * m.PositionColumn;
        for (var r = 0; r < m.N; r++)
        {
            // v = sum_j w_rj s_rj^2 D_rj x_j - U sum_l s_rl x_l, a d-vector
            var v = ExprMatrix.Zero(m.D, 1);
            for (var j = 0; j < m.N; j++)
            {
                var s = Expr.Exp(m.Scores[r, j]) / z;
                var c = m.Weights[r, j] * s * s * m.SquaredDistance(r, j) - m.Potential * s;
                v += ExprMatrix.Build(m.D, 1, (a, _) => c * Expr.Of(m.X[j, a]));
            }

            var wv = m.W * v;
            for (var a = 0; a < m.D; a++)
            {
                yield return cx[(r * m.D) + a, 0] + m.Gradient[r, a] / 2 - wv[a, 0];
            }
        }
    }

    protected override Finding Decide()
    {
        var elementwise = ModelCatalog.Standard.Concat(ModelCatalog.Elementwise).ToList();
        var force = Identities.FirstFailure(elementwise, ForceResiduals);
        var symmetric = Identities.FirstFailure(elementwise, m =>
            Identities.Entries(m.ForceMatrix - m.ForceMatrix.Transpose()));
        var softmax = ModelCatalog.Softmax;
        var softmaxExact = Identities.AllZero(ForceResiduals(softmax));
        var softmaxRelation = Identities.AllZero(SoftmaxRelation(softmax));
        var shown = ModelCatalog.Shown;
        var blocksDiffer = !(shown.CouplingBlocks - shown.ForceMatrix).IsZero;

        if (force is not null || symmetric is not null || softmaxExact || !softmaxRelation || !blocksDiffer)
        {
            return new Finding(Verdict.FalseAsPrinted,
                $"C x = −½∇U fails on {force ?? "none"}, C = Cᵀ fails on {symmetric ?? "none"}, "
                + $"softmax exact={softmaxExact}, softmax relation={softmaxRelation}, C ≠ A={blocksDiffer}");
        }

        return new Finding(Verdict.HoldsUpToConvention,
            $"For every elementwise g: C x = Σ_j A_ij x_j = −½∇U exactly and C = Cᵀ on {ModelCatalog.StandardLabel} "
            + "and for exp, tanh, sigmoid; so C reorganises +Σ_j A_ij x_j (the text's “−Σ A_ij x_j” has the "
            + "sign of (20), see eq20). C ≠ A block by block; only C x = A x. Convention: g acts entry by "
            + "entry. For the paper's softmax with g' = s(1 − s) (K3, d = 2) C x ≠ −½∇U: exactly, "
            + "(C x)_r + ½∇_r U = W(Σ_j w_rj s_rj² ‖x_r − x_j‖² x_j − U Σ_l s_rl x_l), the derivative of the "
            + "normaliser Z = Σ_{k,l} e^{C_kl} that (19) drops. The upper limit ∞ of the diagonal sum reads n.")
        {
            Forms =
            [
                new DerivedForm("force", @"C(x)\,x = \sum_j A_{ij} x_j = -\tfrac12 \nabla U"),
                new DerivedForm("softmax", @"(C x)_r + \tfrac12 \nabla_{x_r} U = \mathbb{W}\Big(\sum_j w_{rj} "
                    + @"s_{rj}^2 \|x_r - x_j\|^2 x_j - U \sum_l s_{rl} x_l\Big)"),
                new DerivedForm("(C_{12})_{11}, K2, d = 2", ModelLatex.Print(shown, shown.ForceMatrix[0, 2])),
            ],
        };
    }
}
