namespace GrandVerify.Symbolic.Attentions;

/// <summary>
/// U = sum_{i,j} G_ij |x_i - x_j|^2 (9) of one attention on a small graph, exactly, with G
/// written in invariant symbols B^k_ab standing for x_a^T M_k x_b (one symbol for B^k_ab and
/// B^k_ba when M_k is symmetric) and the positions x_i^a (<see cref="GraphSymbols.X"/>).
/// The exact force is the total derivative
/// F_i = -1/2 (sum_beta dU/dbeta d(x_a^T M_k x_b)/dx_i + dU/dx_i |_B), so every statement below
/// is an identity in independent B and x, which implies it for B = B(x); the compiled force
/// computes B(x) first. Also: the block formula (19) with D_ij = dG_ij/dB^s_ij (own score,
/// ordered symbols), and the charge rates sum_r F_r^T R x_r with their commutator forms.
/// </summary>
public sealed class SymbolicPotential
{
    private readonly Dictionary<Symbol, Expr> values = [];
    private readonly List<(int K, int A, int B, Symbol Beta)> betas = [];
    private readonly Dictionary<Symbol, Expr> merge = [];
    private readonly Dictionary<Symbol, Symbol> mergedTo = [];
    private readonly Expr[,] weightsOrdered;
    private readonly Expr[,] weights;
    private readonly Dictionary<Symbol, Expr> sensitivities = [];
    private Expr[]? force;
    private Expr[]? paperForce;

    public SymbolicPotential(
        ISymbolicAttention attention, SymbolicGraph graph, SymbolicAttentionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(attention);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(parameters);
        Attention = attention;
        Graph = graph;
        Parameters = parameters;
        Invariants = attention.Invariants(parameters);
        var (n, d) = (graph.NodeCount, parameters.Dimension);
        if (Invariants.Any(m => m.Rows != d || m.Cols != d))
        {
            throw new ArgumentException($"invariant matrices of '{attention.Name}' must be {d}x{d}");
        }

        // beta = B^k_ab (a <= b when M_k = M_k^T) stands for x_a^T M_k x_b
        for (var k = 0; k < Invariants.Count; k++)
        {
            var symmetric = (Invariants[k] - Invariants[k].Transpose()).IsZero;
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    if (symmetric && a > b)
                    {
                        merge[B(k, a, b)] = B(k, b, a);
                        mergedTo[B(k, a, b)] = B(k, b, a);
                        continue;
                    }

                    betas.Add((k, a, b, B(k, a, b)));
                    values[B(k, a, b)] = Bilinear(a, Invariants[k], b);
                }
            }
        }

        // G_ij in ordered symbols, then merged
        weightsOrdered = new Expr[n, n];
        weights = new Expr[n, n];
        U = Expr.Zero;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                weightsOrdered[i, j] = attention.Weight(graph, parameters, (k, a, b) => B(k, a, b), i, j);
                weights[i, j] = weightsOrdered[i, j].Substitute(merge);
                U += weights[i, j] * Distance(i, j);
            }
        }
    }

    /// <summary>The attention.</summary>
    public ISymbolicAttention Attention { get; }

    /// <summary>The graph.</summary>
    public SymbolicGraph Graph { get; }

    /// <summary>W, W_K, W_Q, zeta.</summary>
    public SymbolicAttentionParameters Parameters { get; }

    /// <summary>M_1, ..., M_m.</summary>
    public IReadOnlyList<ExprMatrix> Invariants { get; }

    /// <summary>U in the invariant symbols and x.</summary>
    public Expr U { get; }

    /// <summary>n.</summary>
    public int NodeCount => Graph.NodeCount;

    /// <summary>d.</summary>
    public int Dimension => Parameters.Dimension;

    /// <summary>beta -&gt; x_a^T M_k x_b for every invariant symbol.</summary>
    public IReadOnlyDictionary<Symbol, Expr> InvariantValues => values;

    /// <summary>The invariant symbols, in order.</summary>
    public IReadOnlyList<Symbol> InvariantSymbols => [.. betas.Select(b => b.Beta)];

    /// <summary>x_1^1, ..., x_1^d, x_2^1, ..., node-major (the numeric layout).</summary>
    public IReadOnlyList<Symbol> Positions =>
        [.. Enumerable.Range(1, NodeCount).SelectMany(i =>
            Enumerable.Range(1, Dimension).Select(a => GraphSymbols.X(i, a)))];

    /// <summary>F = -1/2 dU/dx (total derivative through B), entry i d + a.</summary>
    public IReadOnlyList<Expr> Force => force ??= BuildForce();

    /// <summary>C(x) x of (19) with G and D = dG_ij/dB^s_ij, W the coupling.</summary>
    public IReadOnlyList<Expr> PaperForce => paperForce ??= BuildPaperForce();

    /// <summary>G_ij in the invariant symbols.</summary>
    public Expr Weight(int i, int j) => weights[i, j];

    /// <summary>dU/dbeta.</summary>
    public Expr Sensitivity(Symbol beta)
    {
        if (!sensitivities.TryGetValue(beta, out var s))
        {
            s = U.Diff(beta);
            sensitivities[beta] = s;
        }

        return s;
    }

    /// <summary>D_ij = dG_ij/dB^s_ij with the other ordered invariants held fixed, merged.</summary>
    public Expr PaperDerivative(int i, int j) =>
        weightsOrdered[i, j].Diff(B(Attention.ScoreInvariant, i, j)).Substitute(merge);

    /// <summary>True when G_ij depends on no invariant symbol other than its own score.</summary>
    public bool DependsOnOwnScoreOnly(int i, int j)
    {
        var ordered = B(Attention.ScoreInvariant, i, j);
        var own = mergedTo.GetValueOrDefault(ordered, ordered);
        return betas.All(b => b.Beta == own || !weights[i, j].DependsOn(b.Beta));
    }

    /// <summary>
    /// e at random positions and symbol values in [-1, 1] (W_aa in [1, 2]), with every
    /// invariant symbol set to its value x_a^T M_k x_b there.
    /// </summary>
    public double Sample(Expr e, Random random)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(random);
        var point = new Dictionary<Symbol, double>();
        var free = e.Symbols().Concat(values.Values.SelectMany(v => v.Symbols()))
            .Where(s => !values.ContainsKey(s)).Distinct();
        foreach (var s in free)
        {
            var diagonal = s.Name == "W" && s.Lower.Length == 2 && s.Lower[0] == s.Lower[1];
            point[s] = diagonal ? 1 + random.NextDouble() : (2 * random.NextDouble()) - 1;
        }

        foreach (var beta in InvariantSymbols)
        {
            point[beta] = values[beta].Evaluate(point);
        }

        return e.Evaluate(point);
    }

    /// <summary>sum_r F_r^T R x_r for a force vector F (length n d) and a d x d matrix R.</summary>
    public Expr ChargeRate(IReadOnlyList<Expr> f, ExprMatrix r)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(r);
        var (n, d) = (NodeCount, Dimension);
        var sum = Expr.Zero;
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < d; a++)
            {
                var rx = Enumerable.Range(0, d).Aggregate(
                    Expr.Zero, (s, b) => s + (r[a, b] * GraphSymbols.X(i + 1, b + 1)));
                sum += f[(i * d) + a] * rx;
            }
        }

        return sum;
    }

    /// <summary>-1/2 sum_beta dU/dbeta x_a^T [M_k, R] x_b: the exact rate through commutators.</summary>
    public Expr ExactCommutatorForm(ExprMatrix r)
    {
        var sum = Expr.Zero;
        foreach (var (k, a, b, beta) in betas)
        {
            var bracket = ExprMatrix.Commutator(Invariants[k], r);
            sum += bracket.IsZero ? Expr.Zero : -Sensitivity(beta) / 2 * Bilinear(a, bracket, b);
        }

        return sum;
    }

    /// <summary>-1/2 sum_rs D_rs |x_r - x_s|^2 x_r^T [W, R] x_s: the rate of (19).</summary>
    public Expr PaperCommutatorForm(ExprMatrix r)
    {
        var bracket = ExprMatrix.Commutator(Parameters.W, r);
        var sum = Expr.Zero;
        for (var a = 0; a < NodeCount; a++)
        {
            for (var b = 0; b < NodeCount; b++)
            {
                sum += a == b || bracket.IsZero
                    ? Expr.Zero
                    : -PaperDerivative(a, b) / 2 * Distance(a, b) * Bilinear(a, bracket, b);
            }
        }

        return sum;
    }

    /// <summary>x -&gt; F(x) (or the (19) force): B(x) first, then the compiled formula.</summary>
    public Func<double[], double[]> Compile(bool paper)
    {
        var positions = Positions;
        var symbols = InvariantSymbols;
        var b = Compiler.CompileVector([.. symbols.Select(s => values[s])], positions);
        var f = Compiler.CompileVector(paper ? PaperForce : Force, [.. positions, .. symbols]);
        return x => f([.. x, .. b(x)]);
    }

    /// <summary>x_a^T M x_b.</summary>
    public Expr Bilinear(int a, ExprMatrix m, int b)
    {
        var sum = Expr.Zero;
        for (var p = 0; p < Dimension; p++)
        {
            for (var q = 0; q < Dimension; q++)
            {
                sum += m[p, q].IsZero
                    ? Expr.Zero
                    : GraphSymbols.X(a + 1, p + 1) * m[p, q] * GraphSymbols.X(b + 1, q + 1);
            }
        }

        return sum;
    }

    /// <summary>|x_i - x_j|^2.</summary>
    public Expr Distance(int i, int j) => Enumerable.Range(1, Dimension).Aggregate(
        Expr.Zero, (s, a) => s + (GraphSymbols.X(i + 1, a) - GraphSymbols.X(j + 1, a)).Pow(2));

    /// <summary>The ordered symbol B^k_ab (k, a, b 0-based; printed B{k}_{a+1}{b+1}).</summary>
    public static Symbol B(int k, int a, int b) => Symbol.Get($"B{k}", $"{a + 1}{b + 1}");

    private Expr[] BuildForce()
    {
        var (n, d) = (NodeCount, Dimension);
        var positions = Positions;
        var f = new Expr[n * d];
        for (var i = 0; i < n * d; i++)
        {
            // -1/2 (sum_beta dU/dbeta dbeta/dx + dU/dx at fixed B)
            var x = positions[i];
            var sum = U.Diff(x);
            foreach (var (_, _, _, beta) in betas)
            {
                var slope = values[beta].Diff(x);
                sum += slope.IsZero ? Expr.Zero : Sensitivity(beta) * slope;
            }

            f[i] = -sum / 2;
        }

        return f;
    }

    private Expr[] BuildPaperForce()
    {
        var (n, d) = (NodeCount, Dimension);
        var w = Parameters.W;
        var f = new Expr[n * d];
        for (var r = 0; r < n; r++)
        {
            for (var a = 0; a < d; a++)
            {
                // (C x)_r = sum_{s != r} (2 G_rs (x_s - x_r) - D_rs |x_r - x_s|^2 W x_s)   (19)
                var sum = Expr.Zero;
                for (var s = 0; s < n; s++)
                {
                    if (s == r || weights[r, s].IsZero)
                    {
                        continue;
                    }

                    var wx = Enumerable.Range(0, d).Aggregate(
                        Expr.Zero, (acc, b) => acc + (w[a, b] * GraphSymbols.X(s + 1, b + 1)));
                    var step = GraphSymbols.X(s + 1, a + 1) - GraphSymbols.X(r + 1, a + 1);
                    sum += (2 * weights[r, s] * step) - (PaperDerivative(r, s) * Distance(r, s) * wx);
                }

                f[(r * d) + a] = sum;
            }
        }

        return f;
    }
}
