namespace GrandVerify.Symbolic.Model;

/// <summary>
/// An activation g of (9): from the scores C_ij = x_i^T W x_j (18) of all ordered pairs and the
/// incidence w_ij, the couplings G_ij = w_ij g(C_ij) and the slopes w_ij g'(C_ij) that (19)
/// multiplies with W. For an elementwise g the slope is the exact derivative dG_ij/dC_ij; for
/// the paper's softmax it is the derivative with the normaliser held fixed.
/// </summary>
public abstract class Attention
{
    /// <summary>Lower-case name ("g", "softmax", "exp", "tanh", "sigmoid").</summary>
    public abstract string Name { get; }

    /// <summary>Whether G_ij depends on C_ij alone (so (19)'s g'(C_ij) is a true derivative).</summary>
    public abstract bool IsElementwise { get; }

    /// <summary>G_ij = w_ij g(C_ij) for all ordered pairs (9).</summary>
    public abstract Expr[,] Couplings(Expr[,] scores, Expr[,] weights);

    /// <summary>w_ij g'(C_ij), the coefficient of the W term of (19).</summary>
    public abstract Expr[,] Slopes(Expr[,] scores, Expr[,] weights);

    /// <summary>The attention of this name: "g" (opaque), "softmax", "exp", "tanh", "sigmoid".</summary>
    public static Attention Named(string name) => name switch
    {
        "g" => new OpaqueAttention("g"),
        "softmax" => new SoftmaxAttention(),
        "exp" => new ElementwiseAttention(FunctionKind.Exp),
        "tanh" => new ElementwiseAttention(FunctionKind.Tanh),
        "sigmoid" => new ElementwiseAttention(FunctionKind.Sigmoid),
        _ => throw new ArgumentException(
            $"unknown attention '{name}'; known: {string.Join(", ", Names)}", nameof(name)),
    };

    /// <summary>The names <see cref="Named"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["g", "softmax", "exp", "tanh", "sigmoid"];

    /// <summary>f(i, j) for every ordered pair.</summary>
    protected static Expr[,] Pairs(int n, Func<int, int, Expr> f)
    {
        var m = new Expr[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = f(i, j);
            }
        }

        return m;
    }
}
