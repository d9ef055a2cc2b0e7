namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// A word G_1 G_2 ... G_m in the block generators (the empty word is the identity block I).
/// Ordered degree-lexicographically: shorter words first, then by generator rank from the
/// left. This order is a well-order compatible with concatenation, which makes the rewriting
/// of <see cref="BlockRelations"/> terminate. Immutable, value equality.
/// </summary>
public sealed class BlockWord : IEquatable<BlockWord>, IComparable<BlockWord>
{
    private readonly BlockGenerator[] letters;

    /// <summary>The empty word: the identity block.</summary>
    public static readonly BlockWord Empty = new([]);

    public BlockWord(IEnumerable<BlockGenerator> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        this.letters = [.. letters];
    }

    /// <summary>m, the number of letters.</summary>
    public int Length => letters.Length;

    /// <summary>The letter at position i.</summary>
    public BlockGenerator this[int i] => letters[i];

    /// <summary>The letters.</summary>
    public IReadOnlyList<BlockGenerator> Letters => letters;

    /// <summary>The one-letter word G.</summary>
    public static BlockWord Of(params BlockGenerator[] letters) => new(letters);

    /// <summary>Concatenation u v.</summary>
    public static BlockWord operator +(BlockWord u, BlockWord v) => new(u.letters.Concat(v.letters));

    /// <summary>Letters [start, start + count).</summary>
    public BlockWord Slice(int start, int count) => new(letters.Skip(start).Take(count));

    /// <summary>The reversed word (transposition reverses products).</summary>
    public BlockWord Reverse() => new(letters.Reverse());

    /// <summary>Product of the transpose signs of the letters.</summary>
    public int TransposeSign => letters.Aggregate(1, (s, g) => s * g.TransposeSign);

    /// <summary>Whether <paramref name="pattern"/> occurs at <paramref name="position"/>.</summary>
    public bool MatchesAt(BlockWord pattern, int position)
    {
        if (position < 0 || position + pattern.Length > Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (!ReferenceEquals(letters[position + i], pattern.letters[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int CompareTo(BlockWord? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Length != other.Length)
        {
            return Length.CompareTo(other.Length);
        }

        for (var i = 0; i < Length; i++)
        {
            var c = letters[i].Rank.CompareTo(other.letters[i].Rank);
            if (c != 0)
            {
                return c;
            }

            if (!ReferenceEquals(letters[i], other.letters[i]))
            {
                return string.CompareOrdinal(letters[i].Name, other.letters[i].Name);
            }
        }

        return 0;
    }

    public bool Equals(BlockWord? other) =>
        other is not null && Length == other.Length && MatchesAt(other, 0);

    public override bool Equals(object? obj) => Equals(obj as BlockWord);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var g in letters)
        {
            hash.Add(g);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Length == 0 ? "I" : string.Join(" ", letters.Select(g => g.Name));

    /// <summary>LaTeX: juxtaposed generators, runs as powers (C^{2}), I for the empty word.</summary>
    public string ToLatex()
    {
        if (Length == 0)
        {
            return "I";
        }

        // G G ... G (k times) -> G^{k}
        var parts = new List<string>();
        for (var i = 0; i < Length;)
        {
            var run = 1;
            while (i + run < Length && ReferenceEquals(letters[i + run], letters[i]))
            {
                run++;
            }

            parts.Add(run == 1 ? letters[i].Latex : $"{{{letters[i].Latex}}}^{{{run}}}");
            i += run;
        }

        return string.Join(" ", parts);
    }
}
