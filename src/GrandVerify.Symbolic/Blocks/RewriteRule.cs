namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// A rewriting rule l -> sum_k c_k w_k of the block algebra: every occurrence of the word l
/// in a word u l v is replaced by sum_k c_k u w_k v. Each w_k is strictly smaller than l in the
/// degree-lexicographic order of <see cref="BlockWord"/>, so repeated rewriting terminates.
/// </summary>
public sealed class RewriteRule
{
    public RewriteRule(BlockWord left, IReadOnlyList<(BlockWord Word, Expr Coefficient)> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length == 0)
        {
            throw new ArgumentException("the left side of a rule must be a non-empty word", nameof(left));
        }

        foreach (var (word, _) in right)
        {
            if (word.CompareTo(left) >= 0)
            {
                throw new ArgumentException(
                    $"rule {left} -> ...: right-hand word {word} is not smaller than {left}; "
                    + "rewriting would not terminate",
                    nameof(right));
            }
        }

        Left = left;
        Right = right;
    }

    /// <summary>The word l that is rewritten.</summary>
    public BlockWord Left { get; }

    /// <summary>The combination sum_k c_k w_k that replaces it.</summary>
    public IReadOnlyList<(BlockWord Word, Expr Coefficient)> Right { get; }

    /// <summary>LaTeX, e.g. <c>\hat R C \to C \hat R</c>.</summary>
    public string ToLatex()
    {
        var right = Right.Count == 0
            ? "0"
            : string.Join(" + ", Right.Select(t => $"({t.Coefficient.ToLatex()})\\,{t.Word.ToLatex()}"));
        return $"{Left.ToLatex()} \\to {right}";
    }

    public override string ToString() =>
        $"{Left} -> " + (Right.Count == 0
            ? "0"
            : string.Join(" + ", Right.Select(t => $"({t.Coefficient}) {t.Word}")));
}
