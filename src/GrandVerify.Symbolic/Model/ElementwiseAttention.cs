namespace GrandVerify.Symbolic.Model;

/// <summary>An elementwise activation built into the kernel (exp, tanh, sigmoid):
/// G_ij = w_ij f(C_ij), slope w_ij f'(C_ij) by the kernel's derivative rule.</summary>
public sealed class ElementwiseAttention : Attention
{
    private readonly FunctionKind kind;

    public ElementwiseAttention(FunctionKind kind)
    {
        if (kind is FunctionKind.Opaque or FunctionKind.Relu or FunctionKind.Step
            or FunctionKind.Log or FunctionKind.Sqrt)
        {
            throw new ArgumentException($"{kind} is not offered as a smooth activation.", nameof(kind));
        }

        this.kind = kind;
    }

    public override string Name => FunctionAtom.NameOf(kind);

    public override bool IsElementwise => true;

    public override Expr[,] Couplings(Expr[,] scores, Expr[,] weights) =>
        Pairs(scores.GetLength(0), (i, j) => weights[i, j] * Expr.Apply(kind, scores[i, j]));

    public override Expr[,] Slopes(Expr[,] scores, Expr[,] weights)
    {
        var u = Symbol.Get("u");
        var slope = Expr.Apply(kind, u).Diff(u);
        return Pairs(scores.GetLength(0), (i, j) => weights[i, j] * slope.Substitute(u, scores[i, j]));
    }
}
