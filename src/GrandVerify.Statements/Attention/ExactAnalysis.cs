using System.Collections.Concurrent;
using System.Diagnostics;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Attentions;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// Decides <see cref="ExactVerdicts"/> with the symbolic kernel (K_3, d = 2 by default: small
/// enough for the zero test of the normalised softmaxes, large enough that every row of
/// row-softmax has two neighbours and W has an off-diagonal entry). Results are cached per
/// entry name and size.
/// </summary>
public static class ExactAnalysis
{
    /// <summary>Nodes of the exact graph.</summary>
    public const int Nodes = 3;

    /// <summary>Dimension of the exact model.</summary>
    public const int Dimension = 2;

    private static readonly ConcurrentDictionary<(string, int, int), ExactVerdicts> Cache = new();

    /// <summary>The symbolic model: K_n, symbolic symmetric W, W_K = I, W_Q = W/2, zeta = 3/2.</summary>
    public static SymbolicPotential Model(AttentionEntry entry, int n = Nodes, int d = Dimension)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var w = new GraphSymbols(n, d).WMatrix();
        var parameters = SymbolicAttentionParameters.FromCoupling(w, new Rational(3, 2));
        return new SymbolicPotential(entry.Symbolic(), SymbolicGraph.Complete(n), parameters);
    }

    /// <summary>The decisions (cached).</summary>
    public static ExactVerdicts Decide(AttentionEntry entry, int n = Nodes, int d = Dimension)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Cache.GetOrAdd((entry.Name, n, d), _ => Compute(entry, n, d));
    }

    /// <summary>sum_r F_r^T R x_r - (its commutator form) for the integrated force.</summary>
    public static Expr CertificateResidual(AttentionEntry entry, SymbolicPotential model, ExprMatrix r)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(model);
        return entry.Force == AttentionForceKind.Eq19
            ? model.ChargeRate(model.PaperForce, r) - model.PaperCommutatorForm(r)
            : model.ChargeRate(model.Force, r) - model.ExactCommutatorForm(r);
    }

    /// <summary>
    /// A sampled value above this (inputs in [-1, 1], O(1) results) proves the expression
    /// nonzero; a zero identity evaluates to rounding, below 1e-12 on these inputs.
    /// </summary>
    public const double Witness = 1e-8;

    /// <summary>
    /// Decides e = 0: a sampled nonzero value proves "no" at once; otherwise the exact zero test
    /// in independent invariant symbols and x, then (if that says nonzero) in x alone.
    /// </summary>
    public static bool IsZero(SymbolicPotential model, Expr e)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(e);
        var random = new Random(7);
        if (Enumerable.Range(0, 2).Any(_ => Math.Abs(model.Sample(e, random)) > Witness))
        {
            return false;
        }

        return e.IsZero || e.Substitute(model.InvariantValues).IsZero;
    }

    private static ExactVerdicts Compute(AttentionEntry entry, int n, int d)
    {
        var clock = Stopwatch.StartNew();
        var model = Model(entry, n, d);
        var pairs = (from i in Enumerable.Range(0, n)
                     from j in Enumerable.Range(0, n)
                     where i != j
                     select (i, j)).ToArray();

        // G_ij - G_ji = 0
        var gSymmetric = pairs.All(p => IsZero(model, model.Weight(p.i, p.j) - model.Weight(p.j, p.i)));

        // G_ij has no invariant argument but its own score B^s_ij
        var ownOnly = pairs.All(p => model.DependsOnOwnScoreOnly(p.i, p.j));

        // (C x)_(19) - (-1/2 grad U) = 0 entry by entry
        var eq19 = Enumerable.Range(0, n * d).All(k => IsZero(model, model.PaperForce[k] - model.Force[k]));

        // sum_r F_r^T R x_r = commutator form, for every basis R
        var identity = Rotations(d).All(r => IsZero(model, CertificateResidual(entry, model, r)));
        return new ExactVerdicts(
            entry.Name, n, d, gSymmetric, ownOnly, eq19, identity, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The basis R_{a,b} (a &gt; b) of so(d), exactly.</summary>
    public static IReadOnlyList<ExprMatrix> Rotations(int d) =>
        [.. from a in Enumerable.Range(1, d) from b in Enumerable.Range(1, d) where a > b
            select ExprMatrix.Build(d, d, (p, q) =>
                p == a - 1 && q == b - 1 ? Expr.One : p == b - 1 && q == a - 1 ? -Expr.One : Expr.Zero)];
}
