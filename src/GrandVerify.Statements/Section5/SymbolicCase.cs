using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// A concrete symbolic realisation at n = 2, d = 2 for entrywise cross-checks: R = r J_2 with
/// J_2 = [[0, -1], [1, 0]], R^ = I_2 (x) R, and either the generic symmetric C commuting with R^
/// (blocks C_rs = alpha_rs I + beta_rs J_2, alpha symmetric, beta skew: every such C) or the
/// generic symmetric 4 x 4 C (ten symbols, which does not commute with R^).
/// </summary>
public sealed class SymbolicCase
{
    private const int N = 4;

    private SymbolicCase(bool commuting)
    {
        Commuting = commuting;
        var j2 = ExprMatrix.FromRows([[0, -1], [1, 0]]);
        Rh = ExprMatrix.Kronecker(ExprMatrix.Identity(2), Expr.Sym("r") * j2);
        C = commuting ? CommutingC(j2) : GenericC();
        Realisation = new BlockRealisation(N, new Dictionary<BlockGenerator, ExprMatrix>
        {
            [BlockGenerator.C] = C,
            [BlockGenerator.Rh] = Rh,
        });
    }

    /// <summary>C commutes with R^ (the image of [W, R] = 0).</summary>
    public static SymbolicCase WithCommuting { get; } = new(commuting: true);

    /// <summary>Generic symmetric C: the hypothesis dropped.</summary>
    public static SymbolicCase Generic { get; } = new(commuting: false);

    public bool Commuting { get; }

    /// <summary>The 4 x 4 symmetric C.</summary>
    public ExprMatrix C { get; }

    /// <summary>R^ = I_2 (x) r J_2.</summary>
    public ExprMatrix Rh { get; }

    /// <summary>C and R^ as a realisation of the block generators.</summary>
    public BlockRealisation Realisation { get; }

    /// <summary>y = (x_1, x_2, p_1, p_2) as symbols x1..x4, p1..p4.</summary>
    public static ExprMatrix State { get; } = ExprMatrix.Column(
        [.. Enumerable.Range(1, N).Select(i => Expr.Sym($"x{i}")),
         .. Enumerable.Range(1, N).Select(i => Expr.Sym($"p{i}"))]);

    /// <summary>The symbols of <see cref="State"/> in order.</summary>
    public static IReadOnlyList<Symbol> StateSymbols { get; } =
        [.. Enumerable.Range(0, 2 * N).Select(i => Symbol.FromText(State[i, 0].ToString()))];

    /// <summary>B = (1/eps)[[0, eps I], [s C, I]] of (20) built entrywise.</summary>
    public ExprMatrix B(int sign) => (1 / CanonicalBlocks.Eps) * ExprMatrix.Blocks(new ExprMatrix?[,]
    {
        { null, CanonicalBlocks.Eps * ExprMatrix.Identity(N) },
        { sign * C, ExprMatrix.Identity(N) },
    });

    /// <summary>E = [[0, a I], [b C, 0]] built entrywise, independently of the block algebra.</summary>
    public ExprMatrix E(int sign = 1) => ExprMatrix.Blocks(new ExprMatrix?[,]
    {
        { null, CanonicalBlocks.A * ExprMatrix.Identity(N) },
        { (sign * CanonicalBlocks.B) * C, null },
    });

    /// <summary>J (x) R built entrywise.</summary>
    public ExprMatrix JR() => ExprMatrix.Blocks(new ExprMatrix?[,] { { null, Rh }, { -Rh, null } });

    /// <summary>Whether the block-algebra result, realised, equals the entrywise matrix.</summary>
    public bool Agrees(BlockMatrix derived, ExprMatrix direct) =>
        (Realisation.Evaluate(derived) - direct).IsZero;

    /// <summary>Q(y) = sum_i p_i^T R x_i = p^T R^ x (31), from the blocks of y directly.</summary>
    public Expr Charge(ExprMatrix y)
    {
        var x = y.Block(0, 0, N, 1);
        var p = y.Block(N, 0, N, 1);
        return (p.Transpose() * Rh * x)[0, 0];
    }

    /// <summary>(C x)^T R^ p at the symbolic state.</summary>
    public Expr ForceRotationPairing()
    {
        var x = State.Block(0, 0, N, 1);
        var p = State.Block(N, 0, N, 1);
        return ((C * x).Transpose() * Rh * p)[0, 0];
    }

    /// <summary>y^T M y for the symbolic state.</summary>
    public static Expr Quadratic(ExprMatrix m) => (State.Transpose() * m * State)[0, 0];

    private static ExprMatrix CommutingC(ExprMatrix j2)
    {
        // C_rs = alpha_rs I + beta_rs J_2, alpha_sr = alpha_rs, beta_sr = -beta_rs, beta_rr = 0
        Expr Alpha(int r, int s) => Expr.Sym($"alpha{Math.Min(r, s)}{Math.Max(r, s)}");
        Expr Beta(int r, int s) => r == s ? Expr.Zero : (r < s ? 1 : -1) * Expr.Sym("beta12");
        var i2 = ExprMatrix.Identity(2);
        return ExprMatrix.Blocks(new ExprMatrix?[,]
        {
            { Alpha(1, 1) * i2, (Alpha(1, 2) * i2) + (Beta(1, 2) * j2) },
            { (Alpha(2, 1) * i2) + (Beta(2, 1) * j2), Alpha(2, 2) * i2 },
        });
    }

    private static ExprMatrix GenericC() =>
        ExprMatrix.Build(N, N, (i, j) => Expr.Sym($"c{Math.Min(i, j) + 1}{Math.Max(i, j) + 1}"));
}
