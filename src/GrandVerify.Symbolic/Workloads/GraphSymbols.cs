namespace GrandVerify.Symbolic;

/// <summary>
/// The symbols of an n-node, d-dimensional graph model: states x_i^a (written x_i__a),
/// velocities xd_i^a, a symmetric W (W_ab = W_ba, one symbol W_{min,max}), a skew R
/// (R_ab = -R_ba, R_aa = 0), symmetric weights w_ij, time t and eps. Indices are 1-based.
/// </summary>
public sealed class GraphSymbols
{
    public GraphSymbols(int n, int d)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        N = n;
        D = d;
    }

    public int N { get; }

    public int D { get; }

    public static Symbol T => Symbol.Get("t");

    public static Symbol Eps => Symbol.Get("eps");

    /// <summary>x_i^a.</summary>
    public static Symbol X(int i, int a) => Symbol.Get("x", $"{i}", $"{a}");

    /// <summary>xdot_i^a.</summary>
    public static Symbol Xdot(int i, int a) => Symbol.Get("xd", $"{i}", $"{a}");

    /// <summary>W_ab = W_ba.</summary>
    public static Expr W(int a, int b) => Symbol.Get("W", $"{Math.Min(a, b)}{Math.Max(a, b)}");

    /// <summary>R_ab = -R_ba, R_aa = 0.</summary>
    public static Expr R(int a, int b) =>
        a == b ? Expr.Zero : a < b ? Symbol.Get("R", $"{a}{b}") : -Expr.Of(Symbol.Get("R", $"{b}{a}"));

    /// <summary>w_ij = w_ji.</summary>
    public static Expr Weight(int i, int j) => Symbol.Get("w", $"{Math.Min(i, j)}{Math.Max(i, j)}");

    /// <summary>All x_i^a then all xdot_i^a, node-major.</summary>
    public IReadOnlyList<Symbol> StateVariables() =>
        [.. Nodes().SelectMany(i => Dims().Select(a => X(i, a))),
            .. Nodes().SelectMany(i => Dims().Select(a => Xdot(i, a)))];

    public IEnumerable<int> Nodes() => Enumerable.Range(1, N);

    public IEnumerable<int> Dims() => Enumerable.Range(1, D);

    /// <summary>C_ij = x_i^T W x_j = sum_ab x_i^a W_ab x_j^b.</summary>
    public Expr Bilinear(int i, int j)
    {
        var sum = Expr.Zero;
        foreach (var a in Dims())
        {
            foreach (var b in Dims())
            {
                sum += X(i, a) * W(a, b) * X(j, b);
            }
        }

        return sum;
    }

    /// <summary>||x_i - x_j||^2.</summary>
    public Expr DistanceSquared(int i, int j) =>
        Dims().Aggregate(Expr.Zero, (s, a) => s + (X(i, a) - X(j, a)).Pow(2));

    /// <summary>The d x d matrix W.</summary>
    public ExprMatrix WMatrix() => ExprMatrix.Build(D, D, (a, b) => W(a + 1, b + 1));

    /// <summary>The d x d matrix R.</summary>
    public ExprMatrix RMatrix() => ExprMatrix.Build(D, D, (a, b) => R(a + 1, b + 1));
}
