namespace GrandVerify.Symbolic;

/// <summary>
/// Exact Gauss-Jordan elimination over Q for matrices whose entries are rational constants:
/// reduced row echelon form, solve A X = B, nullspace basis (one vector per free column,
/// with a 1 in that column). Used for commutants {X : XR = RX} of concrete matrices.
/// </summary>
public static class RationalLinearAlgebra
{
    /// <summary>The rational entries; throws naming the first non-constant entry.</summary>
    public static Rational[,] ToRational(ExprMatrix m)
    {
        var r = new Rational[m.Rows, m.Cols];
        for (var i = 0; i < m.Rows; i++)
        {
            for (var j = 0; j < m.Cols; j++)
            {
                if (!m[i, j].TryGetRational(out r[i, j]))
                {
                    throw new ArgumentException(
                        $"Entry ({i}, {j}) = {m[i, j]} is not a rational constant.", nameof(m));
                }
            }
        }

        return r;
    }

    /// <summary>Reduces <paramref name="a"/> in place to reduced row echelon form; returns the
    /// pivot columns.</summary>
    public static List<int> RowReduce(Rational[,] a)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        var pivots = new List<int>();
        var r = 0;
        for (var c = 0; c < cols && r < rows; c++)
        {
            // find a nonzero pivot in column c at or below row r
            var p = r;
            while (p < rows && a[p, c].IsZero)
            {
                p++;
            }

            if (p == rows)
            {
                continue;
            }

            SwapRows(a, p, r);

            // row_r <- row_r / a_rc; row_i <- row_i - a_ic row_r for i != r
            var inv = a[r, c].Reciprocal();
            for (var j = c; j < cols; j++)
            {
                a[r, j] *= inv;
            }

            for (var i = 0; i < rows; i++)
            {
                if (i != r && !a[i, c].IsZero)
                {
                    var f = a[i, c];
                    for (var j = c; j < cols; j++)
                    {
                        a[i, j] -= f * a[r, j];
                    }
                }
            }

            pivots.Add(c);
            r++;
        }

        return pivots;
    }

    /// <summary>X with A X = B; throws when A is not square or singular.</summary>
    public static ExprMatrix Solve(ExprMatrix a, ExprMatrix b)
    {
        if (a.Rows != a.Cols || b.Rows != a.Rows)
        {
            throw new ArgumentException(
                $"Solve needs square A and matching B: {a.Rows}x{a.Cols}, {b.Rows}x{b.Cols}.");
        }

        // [A | B] -> [I | X]
        var n = a.Rows;
        var ra = ToRational(a);
        var rb = ToRational(b);
        var aug = new Rational[n, n + b.Cols];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                aug[i, j] = ra[i, j];
            }

            for (var j = 0; j < b.Cols; j++)
            {
                aug[i, n + j] = rb[i, j];
            }
        }

        var pivots = RowReduce(aug);
        if (pivots.Count < n || pivots[n - 1] != n - 1)
        {
            throw new InvalidOperationException(
                $"The {n}x{n} matrix is singular (rank {pivots.Count(c => c < n)}).");
        }

        return ExprMatrix.Build(n, b.Cols, (i, j) => aug[i, n + j]);
    }

    /// <summary>Columns spanning the nullspace of A (an n x 0 matrix when it is trivial).</summary>
    public static ExprMatrix Nullspace(ExprMatrix a)
    {
        var r = ToRational(a);
        var pivots = RowReduce(r);
        var free = Enumerable.Range(0, a.Cols).Where(c => !pivots.Contains(c)).ToList();

        // v_f: v[f] = 1, v[pivot_i] = -R[i, f], other free entries 0
        var basis = new Expr[a.Cols, free.Count];
        for (var k = 0; k < free.Count; k++)
        {
            for (var j = 0; j < a.Cols; j++)
            {
                basis[j, k] = j == free[k] ? Expr.One : Expr.Zero;
            }

            for (var i = 0; i < pivots.Count; i++)
            {
                basis[pivots[i], k] = -r[i, free[k]];
            }
        }

        return ExprMatrix.Build(a.Cols, free.Count, (i, j) => basis[i, j]);
    }

    private static void SwapRows(Rational[,] a, int p, int r)
    {
        if (p == r)
        {
            return;
        }

        for (var j = 0; j < a.GetLength(1); j++)
        {
            (a[p, j], a[r, j]) = (a[r, j], a[p, j]);
        }
    }
}
