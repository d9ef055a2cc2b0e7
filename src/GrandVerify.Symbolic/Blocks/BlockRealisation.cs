namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// A concrete realisation of the block algebra: each generator becomes an N x N matrix of
/// expressions (N = n d), a word the product of its letters, an element the combination, and a
/// <see cref="BlockMatrix"/> the 2N x 2N matrix of its blocks. Used to cross-check a
/// dimension-free identity entrywise at concrete n, d; the caller is responsible for the
/// realisation satisfying the relations (C symmetric, R^ skew, and so on).
/// </summary>
public sealed class BlockRealisation
{
    private readonly Dictionary<BlockGenerator, ExprMatrix> matrices;

    public BlockRealisation(int size, IReadOnlyDictionary<BlockGenerator, ExprMatrix> matrices)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentNullException.ThrowIfNull(matrices);
        foreach (var (g, m) in matrices)
        {
            if (m.Rows != size || m.Cols != size)
            {
                throw new ArgumentException(
                    $"generator {g.Name} is realised as {m.Rows}x{m.Cols}, expected {size}x{size}",
                    nameof(matrices));
            }
        }

        Size = size;
        this.matrices = matrices.ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    /// <summary>N, the order of each block.</summary>
    public int Size { get; }

    /// <summary>sum_k c_k w_k with each word the product of its letters' matrices.</summary>
    public ExprMatrix Evaluate(BlockElement x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var result = ExprMatrix.Zero(Size, Size);
        foreach (var (word, c) in x.Terms)
        {
            var product = ExprMatrix.Identity(Size);
            foreach (var g in word.Letters)
            {
                product *= Matrix(g);
            }

            result += c * product;
        }

        return result;
    }

    /// <summary>The 2N x 2N matrix [[A, B], [C, D]].</summary>
    public ExprMatrix Evaluate(BlockMatrix m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return ExprMatrix.Blocks(new ExprMatrix?[,]
        {
            { Evaluate(m[0, 0]), Evaluate(m[0, 1]) },
            { Evaluate(m[1, 0]), Evaluate(m[1, 1]) },
        });
    }

    private ExprMatrix Matrix(BlockGenerator g) =>
        matrices.TryGetValue(g, out var m)
            ? m
            : throw new InvalidOperationException($"generator {g.Name} has no matrix in this realisation");
}
