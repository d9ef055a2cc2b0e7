namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// The relations of the block algebra as a rewriting system on words, with the normal form it
/// defines. Generators: C (C^T = C), R^ (R^^T = -R^), optionally S^{-1} for S = I + k C.
/// Rules, each l -> r with r degree-lexicographically smaller than l (ranks S^{-1} &lt; C &lt; R^):
/// <list type="bullet">
/// <item>with the hypothesis C R^ = R^ C (it holds when [W, R] = 0, (23)): R^ C -> C R^;</item>
/// <item>with S^{-1}: C S^{-1} -> k^{-1}(I - S^{-1}) and S^{-1} C -> k^{-1}(I - S^{-1}), which
/// say S S^{-1} = S^{-1} S = I (valid exactly when S is invertible, i.e. -1/k is not an
/// eigenvalue of C);</item>
/// <item>with both: R^ S^{-1} -> S^{-1} R^ (S^{-1} is a rational function of C).</item>
/// </list>
/// Termination: every rule decreases the degree-lexicographic order, a well-order compatible
/// with concatenation. Confluence: all critical pairs (overlaps R^ C S^{-1}, R^ S^{-1} C,
/// C S^{-1} C, S^{-1} C S^{-1}) resolve, see <see cref="CriticalPairs"/>; by the diamond lemma
/// the irreducible words are a basis and two elements are equal iff their normal forms are.
/// </summary>
public sealed class BlockRelations
{
    private readonly List<RewriteRule> rules;

    private BlockRelations(List<RewriteRule> rules, bool commuting, Expr? schurCoefficient)
    {
        this.rules = rules;
        Commuting = commuting;
        SchurCoefficient = schurCoefficient;
    }

    /// <summary>No relations: the free algebra on C and R^ (transposition still acts).</summary>
    public static BlockRelations Free { get; } = Create(commuting: false);

    /// <summary>The hypothesis C R^ = R^ C only.</summary>
    public static BlockRelations CommutingRotation { get; } = Create(commuting: true);

    /// <summary>Whether R^ C -> C R^ is a rule.</summary>
    public bool Commuting { get; }

    /// <summary>k of S = I + k C when S^{-1} is a generator, else null.</summary>
    public Expr? SchurCoefficient { get; }

    /// <summary>The rules in the order they are tried.</summary>
    public IReadOnlyList<RewriteRule> Rules => rules;

    /// <summary>
    /// The system with or without C R^ = R^ C, and with S^{-1} for S = I + k C when
    /// <paramref name="schurCoefficient"/> k is given (k must be nonzero).
    /// </summary>
    public static BlockRelations Create(bool commuting, Expr? schurCoefficient = null)
    {
        var c = BlockGenerator.C;
        var rh = BlockGenerator.Rh;
        var sinv = BlockGenerator.SInverse;
        var rules = new List<RewriteRule>();

        // R^ C = C R^   (hypothesis [W, R] = 0)
        if (commuting)
        {
            rules.Add(new RewriteRule(BlockWord.Of(rh, c), [(BlockWord.Of(c, rh), Expr.One)]));
        }

        if (schurCoefficient is not null)
        {
            if (schurCoefficient.IsZero)
            {
                throw new ArgumentException("S = I + k C needs k != 0 to use S^{-1} as a generator",
                    nameof(schurCoefficient));
            }

            // S^{-1}(I + k C) = I  =>  S^{-1} C = k^{-1}(I - S^{-1}); likewise C S^{-1}   (40)
            var inverse = schurCoefficient.Reciprocal();
            List<(BlockWord, Expr)> right = [(BlockWord.Empty, inverse), (BlockWord.Of(sinv), -inverse)];
            rules.Add(new RewriteRule(BlockWord.Of(c, sinv), right));
            rules.Add(new RewriteRule(BlockWord.Of(sinv, c), right));

            // R^ S^{-1} = S^{-1} R^ when R^ commutes with C
            if (commuting)
            {
                rules.Add(new RewriteRule(BlockWord.Of(rh, sinv), [(BlockWord.Of(sinv, rh), Expr.One)]));
            }
        }

        return new BlockRelations(rules, commuting, schurCoefficient);
    }

    /// <summary>
    /// A system from explicit rules (for experiments and negative controls); its confluence is
    /// not assumed: check <see cref="IsConfluent"/> before trusting equality of normal forms.
    /// </summary>
    public static BlockRelations FromRules(IEnumerable<RewriteRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new BlockRelations([.. rules], commuting: false, schurCoefficient: null);
    }

    /// <summary>The normal form of sum_k c_k w_k: rewrite until no rule applies, collect.</summary>
    internal Dictionary<BlockWord, Expr> Reduce(IEnumerable<(BlockWord Word, Expr Coefficient)> terms)
    {
        var result = new Dictionary<BlockWord, Expr>();
        var pending = new Stack<(BlockWord Word, Expr Coefficient)>(terms);
        while (pending.Count > 0)
        {
            var (word, coefficient) = pending.Pop();
            if (!TryRewriteOnce(word, out var pieces))
            {
                result[word] = result.TryGetValue(word, out var old) ? old + coefficient : coefficient;
                continue;
            }

            // u l v -> sum_k c_k u w_k v
            foreach (var (piece, c) in pieces)
            {
                pending.Push((piece, coefficient * c));
            }
        }

        foreach (var word in result.Where(kv => kv.Value.IsZero).Select(kv => kv.Key).ToList())
        {
            result.Remove(word);
        }

        return result;
    }

    /// <summary>Whether no rule applies anywhere in the word.</summary>
    public bool IsIrreducible(BlockWord word) => !TryRewriteOnce(word, out _);

    /// <summary>
    /// Every critical pair: for rules l_1, l_2 and each proper overlap (a suffix of l_1 equal to a
    /// prefix of l_2), or l_2 inside l_1, the two one-step rewritings reduced to normal form.
    /// </summary>
    public IReadOnlyList<CriticalPair> CriticalPairs()
    {
        var pairs = new List<CriticalPair>();
        foreach (var first in rules)
        {
            foreach (var second in rules)
            {
                AddOverlaps(first, second, pairs);
            }
        }

        return pairs;
    }

    /// <summary>True when every critical pair resolves (the system is confluent).</summary>
    public bool IsConfluent => CriticalPairs().All(p => p.IsResolved);

    /// <summary>The rules in LaTeX, separated by commas ("none" for the free algebra).</summary>
    public string ToLatex() => rules.Count == 0
        ? @"\text{none}"
        : string.Join(",\\; ", rules.Select(r => r.ToLatex()));

    private void AddOverlaps(RewriteRule first, RewriteRule second, List<CriticalPair> pairs)
    {
        var l1 = first.Left;
        var l2 = second.Left;

        // l_1 = u s, l_2 = s v with s a non-empty proper suffix/prefix: overlap u s v
        for (var s = 1; s < Math.Min(l1.Length, l2.Length); s++)
        {
            if (l1.Slice(l1.Length - s, s).Equals(l2.Slice(0, s)))
            {
                var overlap = l1 + l2.Slice(s, l2.Length - s);
                pairs.Add(Pair(overlap, first, 0, second, l1.Length - s));
            }
        }

        // l_2 inside l_1
        if (!ReferenceEquals(first, second))
        {
            for (var i = 0; i + l2.Length <= l1.Length; i++)
            {
                if (l1.MatchesAt(l2, i))
                {
                    pairs.Add(Pair(l1, first, 0, second, i));
                }
            }
        }
    }

    private CriticalPair Pair(BlockWord overlap, RewriteRule first, int at1, RewriteRule second, int at2) =>
        new(overlap, first, second,
            new BlockElement(this, Reduce(Apply(overlap, first, at1))),
            new BlockElement(this, Reduce(Apply(overlap, second, at2))));

    private static IEnumerable<(BlockWord, Expr)> Apply(BlockWord word, RewriteRule rule, int at)
    {
        var prefix = word.Slice(0, at);
        var suffix = word.Slice(at + rule.Left.Length, word.Length - at - rule.Left.Length);
        return rule.Right.Select(t => (prefix + t.Word + suffix, t.Coefficient));
    }

    private bool TryRewriteOnce(BlockWord word, out IEnumerable<(BlockWord, Expr)> pieces)
    {
        for (var at = 0; at < word.Length; at++)
        {
            foreach (var rule in rules)
            {
                if (word.MatchesAt(rule.Left, at))
                {
                    pieces = Apply(word, rule, at);
                    return true;
                }
            }
        }

        pieces = [];
        return false;
    }
}
