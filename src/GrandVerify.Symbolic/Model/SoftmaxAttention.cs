namespace GrandVerify.Symbolic.Model;

/// <summary>
/// The softmax of Section 3: s_ij = e^{C_ij} / Z, Z = sum_{k,l in V} e^{C_kl} over all n^2 ordered
/// pairs (diagonal included), G_ij = w_ij s_ij. Not elementwise: Z depends on every x. The slope
/// given to (19) is the entry-by-entry derivative ds_ij/dC_ij = s_ij (1 - s_ij), which drops
/// the dependence of Z on the other scores.
/// </summary>
public sealed class SoftmaxAttention : Attention
{
    public override string Name => "softmax";

    public override bool IsElementwise => false;

    public override Expr[,] Couplings(Expr[,] scores, Expr[,] weights)
    {
        var z = Normaliser(scores);
        return Pairs(scores.GetLength(0), (i, j) => weights[i, j] * Expr.Exp(scores[i, j]) / z);
    }

    public override Expr[,] Slopes(Expr[,] scores, Expr[,] weights)
    {
        // w_ij s_ij (1 - s_ij)
        var z = Normaliser(scores);
        return Pairs(scores.GetLength(0), (i, j) =>
        {
            var s = Expr.Exp(scores[i, j]) / z;
            return weights[i, j] * s * (1 - s);
        });
    }

    /// <summary>Z = sum_{k,l} e^{C_kl}.</summary>
    public static Expr Normaliser(Expr[,] scores)
    {
        var z = Expr.Zero;
        foreach (var c in scores)
        {
            z += Expr.Exp(c);
        }

        return z;
    }
}
