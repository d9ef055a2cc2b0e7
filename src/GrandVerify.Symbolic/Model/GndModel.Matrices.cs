namespace GrandVerify.Symbolic.Model;

/// <summary>The matrices of Section 3 and 5: C(x) of (19), the blocks A_ij of (13), B of (20)
/// (as printed and with the sign that agrees with (17)) and E of (30).</summary>
public sealed partial class GndModel
{
    /// <summary>
    /// C(x), nd x nd, by blocks (19): C_rr = -2 sum_{i != r} G_ri I_d and, for r != s,
    /// C_rs = 2 G_rs I_d - w_rs g'(C_rs) |x_r - x_s|^2 W, with the attention's slope for w g'.
    /// </summary>
    public ExprMatrix ForceMatrix => Cached(nameof(ForceMatrix), () =>
    {
        var slopes = Attention.Slopes(Scores, Weights);
        return ExprMatrix.Build(N * D, N * D, (row, col) =>
        {
            int r = row / D, a = row % D, s = col / D, b = col % D;
            if (r == s)
            {
                // -2 sum_{i != r} G_ri delta_ab
                var sum = Expr.Zero;
                for (var i = 0; i < N; i++)
                {
                    sum += i == r ? Expr.Zero : Couplings[r, i];
                }

                return a == b ? -2 * sum : Expr.Zero;
            }

            // 2 G_rs delta_ab - w_rs g'(C_rs) |x_r - x_s|^2 W_ab
            var identity = a == b ? 2 * Couplings[r, s] : Expr.Zero;
            return identity - slopes[r, s] * SquaredDistance(r, s) * W[a, b];
        });
    });

    /// <summary>
    /// A as an nd x nd matrix of the d x d blocks (13):
    /// A_ij = sum_l dG_lj/dx_i x_l^T - dG_j/dx_i x_j^T + 2 (G_ij - G_i delta_ij) I_d,
    /// G_j = sum_l G_jl, dG/dx_i a column.
    /// </summary>
    public ExprMatrix CouplingBlocks => Cached(nameof(CouplingBlocks), () =>
    {
        var rowSums = new Expr[N];
        for (var j = 0; j < N; j++)
        {
            rowSums[j] = Enumerable.Range(0, N).Aggregate(Expr.Zero, (s, l) => s + Couplings[j, l]);
        }

        return ExprMatrix.Build(N * D, N * D, (row, col) =>
        {
            int i = row / D, a = row % D, j = col / D, b = col % D;

            // sum_l dG_lj/dx_i^a x_l^b - dG_j/dx_i^a x_j^b
            var e = -rowSums[j].Diff(X[i, a]) * Expr.Of(X[j, b]);
            for (var l = 0; l < N; l++)
            {
                e += Couplings[l, j].Diff(X[i, a]) * Expr.Of(X[l, b]);
            }

            // + 2 (G_ij - G_i delta_ij) delta_ab
            if (a == b)
            {
                e += 2 * (Couplings[i, j] - (i == j ? rowSums[i] : Expr.Zero));
            }

            return e;
        });
    });

    /// <summary>
    /// B(Y) of (20), (1/eps) [[O, eps I], [sigma C, I]], on Y = (x, P); sigma = +1 is the printed
    /// sign, sigma = -1 the sign under which Y' = B Y agrees with (17).
    /// </summary>
    public ExprMatrix FirstOrderMatrix(int sigma)
    {
        if (sigma is not (1 or -1))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "sigma must be +1 or -1.");
        }

        var m = N * D;
        var inverseEps = 1 / Expr.Of(Eps);
        return ExprMatrix.Blocks(new ExprMatrix?[,]
        {
            { ExprMatrix.Zero(m, m), ExprMatrix.Identity(m) },
            { (sigma * inverseEps) * ForceMatrix, inverseEps * ExprMatrix.Identity(m) },
        });
    }

    /// <summary>E(y) of (30) on y = (x, p): [[O, e^{t/eps} I], [-(e^{-t/eps}/eps) C, O]].</summary>
    public ExprMatrix CanonicalMatrix => Cached(nameof(CanonicalMatrix), () =>
    {
        var m = N * D;
        return ExprMatrix.Blocks(new ExprMatrix?[,]
        {
            { ExprMatrix.Zero(m, m), Growth * ExprMatrix.Identity(m) },
            { (-Decay / Expr.Of(Eps)) * ForceMatrix, ExprMatrix.Zero(m, m) },
        });
    });

    /// <summary>R^ = I_n (x) R for a d x d matrix R.</summary>
    public ExprMatrix Lift(ExprMatrix r) => ExprMatrix.Kronecker(ExprMatrix.Identity(N), r);

    /// <summary>J (x) R with J = [[O, I_n], [-I_n, O]]   (26), (31).</summary>
    public ExprMatrix SymplecticLift(ExprMatrix r)
    {
        var j = ExprMatrix.Blocks(new ExprMatrix?[,]
        {
            { ExprMatrix.Zero(N, N), ExprMatrix.Identity(N) },
            { -ExprMatrix.Identity(N), ExprMatrix.Zero(N, N) },
        });
        return ExprMatrix.Kronecker(j, r);
    }
}
