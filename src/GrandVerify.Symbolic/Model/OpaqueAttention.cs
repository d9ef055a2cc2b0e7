namespace GrandVerify.Symbolic.Model;

/// <summary>An elementwise activation the kernel knows nothing about: G_ij = w_ij g(C_ij), with
/// g', g'' as further opaque functions, so identities proven with it hold for every smooth g.</summary>
public sealed class OpaqueAttention(string name) : Attention
{
    public override string Name { get; } = name;

    public override bool IsElementwise => true;

    public override Expr[,] Couplings(Expr[,] scores, Expr[,] weights) =>
        Pairs(scores.GetLength(0), (i, j) => weights[i, j] * Expr.Function(Name, scores[i, j]));

    public override Expr[,] Slopes(Expr[,] scores, Expr[,] weights) =>
        Pairs(scores.GetLength(0), (i, j) => weights[i, j] * Expr.Function(Name, scores[i, j], 1));
}
