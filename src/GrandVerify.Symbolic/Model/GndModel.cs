namespace GrandVerify.Symbolic.Model;

/// <summary>
/// The graph model of Section 3 with fully symbolic entries, on the jet (t, x, P = dx/dt,
/// dP/dt) and in canonical variables (x, p). Node features x_i^a (node i, component a),
/// velocities P_i^a, accelerations Pdot_i^a, momenta p_i^a, the symmetric W of (18) as symbols
/// W_ab = W_ba (a &lt;= b), incidence w_ij = w_ji (symbols or 1 on edges, 0 elsewhere).
/// U(x) = sum_{i,j} G_ij |x_i - x_j|^2, G_ij = w_ij g(C_ij), C_ij = x_i^T W x_j   (9), (18).
/// Every derived object (Lagrangian (11), Euler-Lagrange (12), momenta (16), C (19), A (13),
/// B (20), E (30), H (21), charges (25), (26), (31)) is computed on first use and kept.
/// Nodes and components are 0-based in code and 1-based in symbol names.
/// </summary>
public sealed partial class GndModel
{
    /// <summary>Largest node count and dimension: indices are single digits in symbol names.</summary>
    public const int MaxIndex = 9;

    private readonly Dictionary<string, object> cache = [];

    /// <param name="nodes">n, 2..9.</param>
    /// <param name="dimension">d, 1..9.</param>
    /// <param name="graph">Complete graph K_n or path P_n.</param>
    /// <param name="attention">The activation g of (9).</param>
    /// <param name="symbolicWeights">Edge weights as symbols w_ij (true) or 1 (false).</param>
    /// <param name="symmetricW">W_ba = W_ab (true, as (18)) or all d^2 entries independent.</param>
    public GndModel(
        int nodes, int dimension, GraphShape graph, Attention attention,
        bool symbolicWeights = false, bool symmetricW = true)
    {
        if (nodes is < 2 or > MaxIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(nodes), nodes, $"n must be in 2..{MaxIndex}.");
        }

        if (dimension is < 1 or > MaxIndex)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dimension), dimension, $"d must be in 1..{MaxIndex}.");
        }

        N = nodes;
        D = dimension;
        Graph = graph;
        Attention = attention ?? throw new ArgumentNullException(nameof(attention));
        SymmetricW = symmetricW;
        X = Indexed("x");
        V = Indexed("P");
        Acceleration = Indexed("Pdot");
        P = Indexed("p");
        W = ExprMatrix.Build(D, D, (a, b) => Expr.Of(WSymbol(a, b)));
        Weights = BuildWeights(symbolicWeights);
        Jet = new JetSpace(T, Enumerable.Range(0, N * D).Select(k =>
            (IReadOnlyList<Symbol>)[X[k / D, k % D], V[k / D, k % D], Acceleration[k / D, k % D]]));
    }

    public int N { get; }

    public int D { get; }

    public GraphShape Graph { get; }

    public Attention Attention { get; }

    public bool SymmetricW { get; }

    /// <summary>Time t.</summary>
    public Symbol T { get; } = Symbol.Get("t");

    /// <summary>The parameter epsilon of (6).</summary>
    public Symbol Eps { get; } = Symbol.Get("eps");

    /// <summary>x_i^a.</summary>
    public Symbol[,] X { get; }

    /// <summary>P_i^a = dx_i^a/dt, the velocity of (16)-(17).</summary>
    public Symbol[,] V { get; }

    /// <summary>dP_i^a/dt.</summary>
    public Symbol[,] Acceleration { get; }

    /// <summary>p_i^a, the canonical momentum of (16) and (30).</summary>
    public Symbol[,] P { get; }

    /// <summary>W of (18), d x d.</summary>
    public ExprMatrix W { get; }

    /// <summary>w_ij, symmetric with zero diagonal.</summary>
    public Expr[,] Weights { get; }

    /// <summary>The jet (t; x, P, dP/dt) on which (11) lives.</summary>
    public JetSpace Jet { get; }

    /// <summary>The symbol of W_ab (W_ba for a &gt; b when W is symmetric).</summary>
    public Symbol WSymbol(int a, int b) => SymmetricW && a > b
        ? Symbol.Get("W", $"{b + 1}{a + 1}")
        : Symbol.Get("W", $"{a + 1}{b + 1}");

    /// <summary>The distinct symbols of W with their (row, column) position.</summary>
    public IReadOnlyList<(Symbol Symbol, int A, int B)> WEntries =>
        Enumerable.Range(0, D).SelectMany(a => Enumerable.Range(0, D)
                .Where(b => !SymmetricW || a <= b)
                .Select(b => (WSymbol(a, b), a, b)))
            .ToList();

    /// <summary>Whether (i, j) is an edge of the graph.</summary>
    public bool IsEdge(int i, int j) =>
        i != j && (Graph == GraphShape.Complete || Math.Abs(i - j) == 1);

    /// <summary>Short label, e.g. "K3, d = 4, g".</summary>
    public string Label => $"{(Graph == GraphShape.Complete ? "K" : "P")}{N}, d = {D}, {Attention.Name}";

    /// <summary>e^{-t/eps}.</summary>
    public Expr Decay => Expr.Exp(-Expr.Of(T) / Expr.Of(Eps));

    /// <summary>e^{t/eps}.</summary>
    public Expr Growth => Expr.Exp(Expr.Of(T) / Expr.Of(Eps));

    /// <summary>The nd positions as a column (x_1; ...; x_n).</summary>
    public ExprMatrix PositionColumn => Column(X);

    /// <summary>The nd velocities as a column (P_1; ...; P_n).</summary>
    public ExprMatrix VelocityColumn => Column(V);

    /// <summary>The nd momenta as a column (p_1; ...; p_n).</summary>
    public ExprMatrix MomentumColumn => Column(P);

    /// <summary>C_ij = x_i^T W x_j   (18).</summary>
    public Expr[,] Scores => Cached(nameof(Scores), () =>
    {
        var c = new Expr[N, N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                c[i, j] = Bilinear(i, W, j);
            }
        }

        return c;
    });

    /// <summary>G_ij = w_ij g(C_ij)   (9).</summary>
    public Expr[,] Couplings => Cached(nameof(Couplings), () => Attention.Couplings(Scores, Weights));

    /// <summary>U = sum_{i,j} G_ij |x_i - x_j|^2, the potential of (10)-(11).</summary>
    public Expr Potential => Cached(nameof(Potential), () =>
    {
        var u = Expr.Zero;
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                u += Couplings[i, j] * SquaredDistance(i, j);
            }
        }

        return u;
    });

    /// <summary>|x_i - x_j|^2 = (grad x)_ij^T (grad x)_ij   (1), (2).</summary>
    public Expr SquaredDistance(int i, int j)
    {
        var s = Expr.Zero;
        for (var a = 0; a < D; a++)
        {
            var diff = Expr.Of(X[i, a]) - Expr.Of(X[j, a]);
            s += diff * diff;
        }

        return s;
    }

    /// <summary>x_i^T M x_j for a d x d matrix M.</summary>
    public Expr Bilinear(int i, ExprMatrix m, int j)
    {
        var s = Expr.Zero;
        for (var a = 0; a < D; a++)
        {
            for (var b = 0; b < D; b++)
            {
                if (!m[a, b].IsZero)
                {
                    s += Expr.Of(X[i, a]) * m[a, b] * Expr.Of(X[j, b]);
                }
            }
        }

        return s;
    }

    private T Cached<T>(string key, Func<T> build)
        where T : notnull
    {
        lock (cache)
        {
            if (cache.TryGetValue(key, out var value))
            {
                return (T)value;
            }
        }

        var built = build();
        lock (cache)
        {
            cache[key] = built;
        }

        return built;
    }

    private Symbol[,] Indexed(string name)
    {
        var s = new Symbol[N, D];
        for (var i = 0; i < N; i++)
        {
            for (var a = 0; a < D; a++)
            {
                s[i, a] = Symbol.Get(name, $"{i + 1}", $"{a + 1}");
            }
        }

        return s;
    }

    private ExprMatrix Column(Symbol[,] s) =>
        ExprMatrix.Build(N * D, 1, (k, _) => Expr.Of(s[k / D, k % D]));

    private Expr[,] BuildWeights(bool symbolic)
    {
        var w = new Expr[N, N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                // w_ij = w_ji: one symbol per undirected edge
                w[i, j] = !IsEdge(i, j) ? Expr.Zero
                    : symbolic ? Expr.Of(Symbol.Get("w", $"{Math.Min(i, j) + 1}{Math.Max(i, j) + 1}"))
                    : Expr.One;
            }
        }

        return w;
    }
}
