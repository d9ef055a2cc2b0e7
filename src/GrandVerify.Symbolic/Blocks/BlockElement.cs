namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// An element sum_k c_k w_k of the block algebra: words w_k in the generators with commutative
/// scalar coefficients c_k (kernel expressions in t, eps, h, ...), kept in the normal form of
/// its <see cref="BlockRelations"/>: irreducible words only, no zero coefficient. Because that
/// rewriting system is terminating and confluent, equality of normal forms decides equality in
/// the algebra. Transposition is the anti-automorphism (c w_1 ... w_m)^T = c w_m^T ... w_1^T with
/// C^T = C, R^^T = -R^, (S^{-1})^T = S^{-1}. Dimension-free: it proves an identity for all n, d.
/// Immutable.
/// </summary>
public sealed class BlockElement : IEquatable<BlockElement>
{
    private readonly Dictionary<BlockWord, Expr> terms;

    internal BlockElement(BlockRelations relations, Dictionary<BlockWord, Expr> normalTerms)
    {
        Relations = relations;
        terms = normalTerms;
    }

    /// <summary>The relations whose normal form this element is in.</summary>
    public BlockRelations Relations { get; }

    /// <summary>The terms (word, coefficient) in increasing word order.</summary>
    public IReadOnlyList<(BlockWord Word, Expr Coefficient)> Terms =>
        terms.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList();

    /// <summary>Whether the element is 0 (its normal form has no terms).</summary>
    public bool IsZero => terms.Count == 0;

    /// <summary>sum_k c_k w_k reduced to normal form.</summary>
    public static BlockElement Combination(
        BlockRelations relations, IEnumerable<(BlockWord Word, Expr Coefficient)> terms)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(terms);
        return new BlockElement(relations, relations.Reduce(terms));
    }

    /// <summary>The scalar block c I.</summary>
    public static BlockElement Scalar(BlockRelations relations, Expr c) =>
        Combination(relations, [(BlockWord.Empty, c)]);

    /// <summary>The identity block I.</summary>
    public static BlockElement Identity(BlockRelations relations) => Scalar(relations, Expr.One);

    /// <summary>The zero block.</summary>
    public static BlockElement Zero(BlockRelations relations) => Combination(relations, []);

    /// <summary>The generator G as an element.</summary>
    public static BlockElement Of(BlockRelations relations, BlockGenerator g) =>
        Combination(relations, [(BlockWord.Of(g), Expr.One)]);

    /// <summary>The coefficient of the irreducible word w (0 when absent).</summary>
    public Expr Coefficient(BlockWord w) => terms.TryGetValue(w, out var c) ? c : Expr.Zero;

    public static BlockElement operator +(BlockElement x, BlockElement y) =>
        new(Same(x, y), x.Relations.Reduce(x.Pairs().Concat(y.Pairs())));

    public static BlockElement operator -(BlockElement x) =>
        new(x.Relations, x.terms.ToDictionary(kv => kv.Key, kv => -kv.Value));

    public static BlockElement operator -(BlockElement x, BlockElement y) => x + -y;

    public static BlockElement operator *(Expr c, BlockElement x) =>
        new(x.Relations, x.Relations.Reduce(x.Pairs().Select(t => (t.Word, c * t.Coefficient))));

    public static BlockElement operator *(BlockElement x, BlockElement y)
    {
        var relations = Same(x, y);

        // (sum a_i u_i)(sum b_j v_j) = sum a_i b_j u_i v_j, then rewrite
        var products = x.Pairs().SelectMany(
            s => y.Pairs().Select(t => (s.Word + t.Word, s.Coefficient * t.Coefficient)));
        return new BlockElement(relations, relations.Reduce(products));
    }

    /// <summary>x^T: words reversed, each letter by its transpose sign.</summary>
    public BlockElement Transpose() =>
        new(Relations, Relations.Reduce(Pairs().Select(
            t => (t.Word.Reverse(), t.Word.TransposeSign * t.Coefficient))));

    /// <summary>The element with every coefficient mapped (e.g. a substitution of scalars).</summary>
    public BlockElement MapCoefficients(Func<Expr, Expr> f) =>
        new(Relations, Relations.Reduce(Pairs().Select(t => (t.Word, f(t.Coefficient)))));

    public bool Equals(BlockElement? other) => other is not null && (this - other).IsZero;

    public override bool Equals(object? obj) => Equals(obj as BlockElement);

    public override int GetHashCode() => terms.Count;

    public static bool operator ==(BlockElement? x, BlockElement? y) => x is null ? y is null : x.Equals(y);

    public static bool operator !=(BlockElement? x, BlockElement? y) => !(x == y);

    public override string ToString() => IsZero
        ? "0"
        : string.Join(" + ", Terms.Select(t => t.Word.Length == 0
            ? $"({t.Coefficient})"
            : $"({t.Coefficient}) {t.Word}"));

    /// <summary>
    /// LaTeX: terms in word order, each as [sign] coefficient word; a coefficient of 1 is elided
    /// and one that is itself a sum is parenthesised.
    /// </summary>
    public string ToLatex()
    {
        if (IsZero)
        {
            return "0";
        }

        var text = new System.Text.StringBuilder();
        foreach (var (word, c) in Terms)
        {
            // pull a leading minus out of the coefficient
            var negative = c.ToLatex().StartsWith('-');
            var magnitude = negative ? -c : c;
            var w = word.Length == 0 ? "I" : word.ToLatex();
            var m = magnitude.ToLatex();
            var factor = magnitude == Expr.One ? w
                : m.Contains('+') || m.Contains('-') ? $"\\left({m}\\right) {w}"
                : $"{m} {w}";
            text.Append(text.Length == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
            text.Append(factor);
        }

        return text.ToString();
    }

    private IEnumerable<(BlockWord Word, Expr Coefficient)> Pairs() => terms.Select(kv => (kv.Key, kv.Value));

    private static BlockRelations Same(BlockElement x, BlockElement y)
    {
        if (!ReferenceEquals(x.Relations, y.Relations))
        {
            throw new ArgumentException(
                "block elements belong to different relation systems; build both from one BlockRelations");
        }

        return x.Relations;
    }
}
