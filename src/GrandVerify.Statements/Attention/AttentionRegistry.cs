using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Potentials;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Attentions;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// The attentions that every check runs over: softmax as printed (force (19)), softmax-exact,
/// edge-softmax, row-softmax, cosine, exp-kernel and the elementwise identity, exp, sigmoid,
/// tanh, relu (forms listed after (9)); every one except softmax integrates the exact gradient.
/// <see cref="Resolve"/> also accepts a user g(c) as an expression in c, differentiated
/// exactly and compiled for the numeric layer. Adding an entry to <see cref="Entries"/> gives
/// it every registry-wide test.
/// </summary>
public static class AttentionRegistry
{
    /// <summary>The symbol of a user-defined g(c).</summary>
    public static Symbol C => Symbol.Get("c");

    /// <summary>The built-in entries, in order.</summary>
    public static IReadOnlyList<AttentionEntry> Entries { get; } =
    [
        new("softmax", "s_ij = e^{C_ij} / sum_{k,l} e^{C_kl}; force (19), D = w s (1 - s)",
            AttentionForceKind.Eq19,
            p => new SoftmaxPotential(SoftmaxScope.Global, p.Coupling),
            () => new SymbolicSoftmax(NormalisationScope.Global))
        {
            PaperAttention = new PaperSoftmax(),
        },
        Exact("softmax-exact", "w_ij e^{C_ij} / sum_{k,l} e^{C_kl}",
            p => new SoftmaxPotential(SoftmaxScope.Global, p.Coupling),
            () => new SymbolicSoftmax(NormalisationScope.Global)),
        Exact("edge-softmax", "w_ij e^{C_ij} / sum_{(k,l) edge} e^{C_kl}",
            p => new SoftmaxPotential(SoftmaxScope.Edges, p.Coupling),
            () => new SymbolicSoftmax(NormalisationScope.Edges)),
        Exact("row-softmax", "w_ij e^{C_ij} / sum_{l ~ i} e^{C_il}",
            p => new SoftmaxPotential(SoftmaxScope.Rows, p.Coupling),
            () => new SymbolicSoftmax(NormalisationScope.Rows)),
        Exact("cosine", "w_ij M_ij / (K_i Q_j)",
            p => new CosinePotential(p), () => new SymbolicCosine()),
        Exact("exp-kernel", "w_ij exp(-(K_i^2 + Q_j^2 - M_ij - M_ji) / zeta^2)",
            p => new ExpKernelPotential(p), () => new SymbolicExpKernel()),
        Elementwise("identity", new IdentityAttention(), u => u),
        Elementwise("exp", new ExpAttention(), Expr.Exp),
        Elementwise("sigmoid", new SigmoidAttention(), Expr.Sigmoid),
        Elementwise("tanh", new TanhAttention(), Expr.Tanh),
        Elementwise("relu", new ReluAttention(), Expr.Relu),
    ];

    /// <summary>The built-in names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Entries.Select(e => e.Name)];

    /// <summary>
    /// The entry called <paramref name="text"/> (case-insensitive), or else g(c) parsed from it.
    /// Throws <see cref="ParseException"/> (with the position) for a syntax error and
    /// <see cref="AttentionInputException"/> for an unknown name or a symbol other than c.
    /// </summary>
    public static AttentionEntry Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = text.Trim();
        var known = Entries.FirstOrDefault(
            e => string.Equals(e.Name, key, StringComparison.OrdinalIgnoreCase));
        return known ?? FromExpression(text);
    }

    /// <summary>G_ij = w_ij g(C_ij) for g given as an expression in c.</summary>
    public static AttentionEntry FromExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var g = Expr.Parse(text);
        var others = g.Symbols().Where(s => s != C).ToArray();
        if (others.Length > 0)
        {
            var listed = string.Join(", ", others.Select(s => s.ToString()));
            throw new AttentionInputException(
                $"'{text.Trim()}' is neither a known attention ({string.Join(", ", Names)}) " +
                $"nor an expression in c alone: it uses {listed}");
        }

        if (g.AllAtoms().OfType<FunctionAtom>().FirstOrDefault(f => f.Kind == FunctionKind.Opaque)
            is { } opaque)
        {
            throw new AttentionInputException(
                $"'{text.Trim()}' applies the unknown function '{opaque.Name}'; known: exp, log, " +
                "sqrt, tanh, sigmoid, relu, step, max(0, u)");
        }

        // g and g' = dg/dc, compiled to delegates of c
        var name = text.Trim();
        var value = g.Compile([C]);
        var slope = g.Diff(C).Compile([C]);
        var numeric = new DelegateAttention(name, c => value([c]), c => slope([c]));
        return new AttentionEntry(
            name,
            $"w_ij g(C_ij), g(c) = {g}",
            AttentionForceKind.ExactGradient,
            p => new ElementwisePotential(numeric, p.Coupling),
            () => SymbolicElementwise.FromExpression(name, g, C))
        {
            IsUserDefined = true,
        };
    }

    private static AttentionEntry Exact(
        string name,
        string formula,
        Func<AttentionParameters, IAttentionPotential> potential,
        Func<ISymbolicAttention> symbolic) =>
        new(name, formula, AttentionForceKind.ExactGradient, potential, symbolic);

    private static AttentionEntry Elementwise(
        string name, ElementwiseAttention g, Func<Expr, Expr> symbolic) =>
        Exact(name, $"w_ij {name}(C_ij)",
            p => new ElementwisePotential(g, p.Coupling),
            () => new SymbolicElementwise(name, symbolic));
}
