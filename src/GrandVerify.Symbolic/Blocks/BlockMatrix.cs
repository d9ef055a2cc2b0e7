namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// A 2 x 2 block matrix [[A, B], [C, D]] over the block algebra: the shape of E (30), B (20),
/// J (x) R = [[0, R^], [-R^, 0]] (26) and P (40), with state y = (x, p). Products, sums and the
/// transpose [[A, B], [C, D]]^T = [[A^T, C^T], [B^T, D^T]] are exact; equality is entrywise
/// equality of normal forms. Immutable.
/// </summary>
public sealed class BlockMatrix : IEquatable<BlockMatrix>
{
    private readonly BlockElement[,] e;

    public BlockMatrix(BlockElement a, BlockElement b, BlockElement c, BlockElement d)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(d);
        if (new[] { b, c, d }.Any(x => !ReferenceEquals(x.Relations, a.Relations)))
        {
            throw new ArgumentException("all four blocks must share one BlockRelations");
        }

        e = new[,] { { a, b }, { c, d } };
    }

    /// <summary>The relations of the blocks.</summary>
    public BlockRelations Relations => e[0, 0].Relations;

    /// <summary>Block (i, j), i, j in {0, 1}.</summary>
    public BlockElement this[int i, int j] => e[i, j];

    /// <summary>I_2 (x) I.</summary>
    public static BlockMatrix Identity(BlockRelations relations) =>
        Diagonal(BlockElement.Identity(relations));

    /// <summary>The zero block matrix.</summary>
    public static BlockMatrix Zero(BlockRelations relations)
    {
        var z = BlockElement.Zero(relations);
        return new BlockMatrix(z, z, z, z);
    }

    /// <summary>I_2 (x) X = diag(X, X).</summary>
    public static BlockMatrix Diagonal(BlockElement x)
    {
        var z = BlockElement.Zero(x.Relations);
        return new BlockMatrix(x, z, z, x);
    }

    public static BlockMatrix operator +(BlockMatrix x, BlockMatrix y) => Map2(x, y, (a, b) => a + b);

    public static BlockMatrix operator -(BlockMatrix x, BlockMatrix y) => Map2(x, y, (a, b) => a - b);

    public static BlockMatrix operator -(BlockMatrix x) => x.Map(a => -a);

    public static BlockMatrix operator *(Expr c, BlockMatrix x) => x.Map(a => c * a);

    public static BlockMatrix operator *(BlockMatrix x, BlockMatrix y) =>
        new((x.e[0, 0] * y.e[0, 0]) + (x.e[0, 1] * y.e[1, 0]),
            (x.e[0, 0] * y.e[0, 1]) + (x.e[0, 1] * y.e[1, 1]),
            (x.e[1, 0] * y.e[0, 0]) + (x.e[1, 1] * y.e[1, 0]),
            (x.e[1, 0] * y.e[0, 1]) + (x.e[1, 1] * y.e[1, 1]));

    /// <summary>[[A, B], [C, D]]^T = [[A^T, C^T], [B^T, D^T]].</summary>
    public BlockMatrix Transpose() =>
        new(e[0, 0].Transpose(), e[1, 0].Transpose(), e[0, 1].Transpose(), e[1, 1].Transpose());

    /// <summary>M^m for m &gt;= 0.</summary>
    public BlockMatrix Pow(int m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        var result = Identity(Relations);
        for (var i = 0; i < m; i++)
        {
            result *= this;
        }

        return result;
    }

    /// <summary>Whether all four blocks are 0.</summary>
    public bool IsZero => Blocks().All(b => b.IsZero);

    /// <summary>
    /// Whether y^T M y = y^T N y for every y: true iff M + M^T = N + N^T (only the symmetric
    /// part of a matrix enters its quadratic form).
    /// </summary>
    public bool SameQuadraticForm(BlockMatrix other) =>
        (this + Transpose()).Equals(other + other.Transpose());

    /// <summary>The blocks with every scalar coefficient mapped.</summary>
    public BlockMatrix MapCoefficients(Func<Expr, Expr> f) => Map(a => a.MapCoefficients(f));

    public bool Equals(BlockMatrix? other) => other is not null && (this - other).IsZero;

    public override bool Equals(object? obj) => Equals(obj as BlockMatrix);

    public override int GetHashCode() => Blocks().Sum(b => b.GetHashCode());

    public static bool operator ==(BlockMatrix? x, BlockMatrix? y) => x is null ? y is null : x.Equals(y);

    public static bool operator !=(BlockMatrix? x, BlockMatrix? y) => !(x == y);

    /// <summary>LaTeX pmatrix of the normal forms.</summary>
    public string ToLatex() =>
        $"\\begin{{pmatrix}} {e[0, 0].ToLatex()} & {e[0, 1].ToLatex()} \\\\ "
        + $"{e[1, 0].ToLatex()} & {e[1, 1].ToLatex()} \\end{{pmatrix}}";

    public override string ToString() => $"[[{e[0, 0]}, {e[0, 1]}], [{e[1, 0]}, {e[1, 1]}]]";

    private IEnumerable<BlockElement> Blocks() => [e[0, 0], e[0, 1], e[1, 0], e[1, 1]];

    private BlockMatrix Map(Func<BlockElement, BlockElement> f) =>
        new(f(e[0, 0]), f(e[0, 1]), f(e[1, 0]), f(e[1, 1]));

    private static BlockMatrix Map2(
        BlockMatrix x, BlockMatrix y, Func<BlockElement, BlockElement, BlockElement> f) =>
        new(f(x.e[0, 0], y.e[0, 0]), f(x.e[0, 1], y.e[0, 1]),
            f(x.e[1, 0], y.e[1, 0]), f(x.e[1, 1], y.e[1, 1]));
}
