namespace GrandVerify.Symbolic;

/// <summary>
/// A dense rows x cols matrix of exact expressions: build, block assembly, +, -, *,
/// transpose, Kronecker product, commutator [A, B] = AB - BA, trace, entrywise zero test.
/// For matrices of rational constants: exact solve and nullspace (see <see
/// cref="RationalLinearAlgebra"/>).
/// Immutable; products skip zero entries, so block-sparse matrices such as E of (32) are cheap.
/// </summary>
public sealed class ExprMatrix
{
    private readonly Expr[,] a;

    private ExprMatrix(Expr[,] entries) => a = entries;

    public int Rows => a.GetLength(0);

    public int Cols => a.GetLength(1);

    public Expr this[int i, int j] => a[i, j];

    /// <summary>The matrix with entries f(i, j).</summary>
    public static ExprMatrix Build(int rows, int cols, Func<int, int, Expr> f)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(cols);
        ArgumentNullException.ThrowIfNull(f);
        var e = new Expr[rows, cols];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                e[i, j] = f(i, j) ?? throw new ArgumentException(
                    $"Entry ({i}, {j}) is null.", nameof(f));
            }
        }

        return new ExprMatrix(e);
    }

    /// <summary>Row-major entries.</summary>
    public static ExprMatrix FromRows(Expr[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cols = rows.Length == 0 ? 0 : rows[0].Length;
        if (rows.Any(r => r.Length != cols))
        {
            throw new ArgumentException("All rows must have the same length.", nameof(rows));
        }

        return Build(rows.Length, cols, (i, j) => rows[i][j]);
    }

    public static ExprMatrix Zero(int rows, int cols) => Build(rows, cols, (_, _) => Expr.Zero);

    public static ExprMatrix Identity(int n) =>
        Build(n, n, (i, j) => i == j ? Expr.One : Expr.Zero);

    /// <summary>The column vector of the entries.</summary>
    public static ExprMatrix Column(IReadOnlyList<Expr> entries) =>
        Build(entries.Count, 1, (i, _) => entries[i]);

    /// <summary>Assembles blocks [[B00, B01, ...], ...]; a null block is a zero block whose size
    /// is taken from its row and column.</summary>
    public static ExprMatrix Blocks(ExprMatrix?[,] blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        int br = blocks.GetLength(0), bc = blocks.GetLength(1);
        var heights = new int[br];
        var widths = new int[bc];
        for (var i = 0; i < br; i++)
        {
            for (var j = 0; j < bc; j++)
            {
                if (blocks[i, j] is { } b)
                {
                    heights[i] = Agree(heights[i], b.Rows, $"block row {i} height");
                    widths[j] = Agree(widths[j], b.Cols, $"block column {j} width");
                }
            }
        }

        var rowStart = Prefix(heights);
        var colStart = Prefix(widths);
        var e = new Expr[rowStart[^1], colStart[^1]];
        for (var i = 0; i < br; i++)
        {
            for (var j = 0; j < bc; j++)
            {
                for (var r = 0; r < heights[i]; r++)
                {
                    for (var c = 0; c < widths[j]; c++)
                    {
                        e[rowStart[i] + r, colStart[j] + c] = blocks[i, j]?[r, c] ?? Expr.Zero;
                    }
                }
            }
        }

        return new ExprMatrix(e);
    }

    /// <summary>The block of size rows x cols starting at (row, col).</summary>
    public ExprMatrix Block(int row, int col, int rows, int cols)
    {
        if (row < 0 || col < 0 || row + rows > Rows || col + cols > Cols)
        {
            throw new ArgumentOutOfRangeException(
                nameof(row), $"Block ({row}, {col}) of {rows}x{cols} leaves the {Rows}x{Cols} matrix.");
        }

        return Build(rows, cols, (i, j) => a[row + i, col + j]);
    }

    public static ExprMatrix operator +(ExprMatrix x, ExprMatrix y)
    {
        SameShape(x, y, "+");
        return Build(x.Rows, x.Cols, (i, j) => x.a[i, j] + y.a[i, j]);
    }

    public static ExprMatrix operator -(ExprMatrix x, ExprMatrix y)
    {
        SameShape(x, y, "-");
        return Build(x.Rows, x.Cols, (i, j) => x.a[i, j] - y.a[i, j]);
    }

    public static ExprMatrix operator -(ExprMatrix x) => x.Map(e => -e);

    public static ExprMatrix operator *(Expr s, ExprMatrix x) => x.Map(e => s * e);

    public static ExprMatrix operator *(ExprMatrix x, ExprMatrix y)
    {
        if (x.Cols != y.Rows)
        {
            throw new ArgumentException($"Cannot multiply {x.Rows}x{x.Cols} by {y.Rows}x{y.Cols}.");
        }

        // (XY)_ij = sum_k X_ik Y_kj, skipping structural zeros
        var e = new Expr[x.Rows, y.Cols];
        for (var i = 0; i < x.Rows; i++)
        {
            for (var j = 0; j < y.Cols; j++)
            {
                var sum = Expr.Zero;
                for (var k = 0; k < x.Cols; k++)
                {
                    var p = x.a[i, k];
                    var q = y.a[k, j];
                    if (!ReferenceEquals(p, Expr.Zero) && !ReferenceEquals(q, Expr.Zero))
                    {
                        sum += p * q;
                    }
                }

                e[i, j] = sum;
            }
        }

        return new ExprMatrix(e);
    }

    public ExprMatrix Transpose() => Build(Cols, Rows, (i, j) => a[j, i]);

    /// <summary>A (x) B: block (i, j) is A_ij B.</summary>
    public static ExprMatrix Kronecker(ExprMatrix x, ExprMatrix y) =>
        Build(x.Rows * y.Rows, x.Cols * y.Cols,
            (i, j) => x.a[i / y.Rows, j / y.Cols] * y.a[i % y.Rows, j % y.Cols]);

    /// <summary>[A, B] = AB - BA.</summary>
    public static ExprMatrix Commutator(ExprMatrix x, ExprMatrix y) => x * y - y * x;

    public Expr Trace()
    {
        if (Rows != Cols)
        {
            throw new InvalidOperationException($"Trace of a non-square {Rows}x{Cols} matrix.");
        }

        var sum = Expr.Zero;
        for (var i = 0; i < Rows; i++)
        {
            sum += a[i, i];
        }

        return sum;
    }

    /// <summary>Entrywise zero test (each entry by <see cref="Expr.IsZero"/>).</summary>
    public bool IsZero => FirstNonzero() is null;

    /// <summary>The first (row-major) entry that is not zero, or null.</summary>
    public (int Row, int Col)? FirstNonzero()
    {
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Cols; j++)
            {
                if (!a[i, j].IsZero)
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    public ExprMatrix Map(Func<Expr, Expr> f) => Build(Rows, Cols, (i, j) => f(a[i, j]));

    public ExprMatrix Substitute(IReadOnlyDictionary<Symbol, Expr> map) =>
        Map(e => e.Substitute(map));

    public ExprMatrix Diff(Symbol x) => Map(e => e.Diff(x));

    /// <summary>Exact solution of A X = B for a square invertible rational A.</summary>
    public ExprMatrix Solve(ExprMatrix b) => RationalLinearAlgebra.Solve(this, b);

    /// <summary>A basis of {v : A v = 0} for a rational A, as the columns of the result.</summary>
    public ExprMatrix Nullspace() => RationalLinearAlgebra.Nullspace(this);

    public override string ToString() => "[" + string.Join("; ",
        Enumerable.Range(0, Rows).Select(i => string.Join(", ",
            Enumerable.Range(0, Cols).Select(j => a[i, j].ToString())))) + "]";

    private static void SameShape(ExprMatrix x, ExprMatrix y, string op)
    {
        if (x.Rows != y.Rows || x.Cols != y.Cols)
        {
            throw new ArgumentException(
                $"Shapes differ for {op}: {x.Rows}x{x.Cols} and {y.Rows}x{y.Cols}.");
        }
    }

    private static int Agree(int current, int size, string what) =>
        current == 0 || current == size ? size
            : throw new ArgumentException($"Blocks disagree on the {what}: {current} and {size}.");

    private static int[] Prefix(int[] sizes)
    {
        var start = new int[sizes.Length + 1];
        for (var i = 0; i < sizes.Length; i++)
        {
            start[i + 1] = start[i] + sizes[i];
        }

        return start;
    }
}
