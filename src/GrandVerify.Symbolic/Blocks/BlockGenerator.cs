namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// A generator of the dimension-free block algebra: a square block such as C = C(y) (symmetric,
/// (19)), R^ = I_n (x) R (skew, (31)) or S^{-1} = (I + h^2/(4 eps) C)^{-1} (symmetric, (40)).
/// Transposition acts on it by a sign: G^T = <see cref="TransposeSign"/> G. Generators are
/// ordered by <see cref="Rank"/>; the rewriting system uses degree-lexicographic order on words.
/// Compared by reference: two generators are equal only when they are the same object.
/// </summary>
public sealed class BlockGenerator
{
    /// <summary>C(y): the symmetric force matrix of (19), C^T = C.</summary>
    public static readonly BlockGenerator C = new("C", "C", +1, 1);

    /// <summary>R^ = I_n (x) R with R skew, so R^^T = -R^ (31).</summary>
    public static readonly BlockGenerator Rh = new("Rh", @"\hat R", -1, 3);

    /// <summary>S^{-1} with S = I + h^2/(4 eps) C (40); symmetric since S is.</summary>
    public static readonly BlockGenerator SInverse = new("Sinv", "S^{-1}", +1, 0);

    /// <summary>A generator; <paramref name="transposeSign"/> is +1 (symmetric) or -1 (skew).</summary>
    public BlockGenerator(string name, string latex, int transposeSign, int rank)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(latex);
        if (transposeSign is not (1 or -1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(transposeSign), transposeSign, $"generator {name}: sign must be +1 or -1");
        }

        Name = name;
        Latex = latex;
        TransposeSign = transposeSign;
        Rank = rank;
    }

    /// <summary>Plain name, e.g. "Rh".</summary>
    public string Name { get; }

    /// <summary>LaTeX, e.g. <c>\hat R</c>.</summary>
    public string Latex { get; }

    /// <summary>G^T = TransposeSign * G.</summary>
    public int TransposeSign { get; }

    /// <summary>Position in the generator order (larger is greater).</summary>
    public int Rank { get; }

    public override string ToString() => Name;
}
