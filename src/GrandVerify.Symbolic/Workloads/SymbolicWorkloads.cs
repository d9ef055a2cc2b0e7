namespace GrandVerify.Symbolic;

/// <summary>
/// The three reference workloads of the kernel, each returning its decided result so that a
/// benchmark cannot be optimised away and a test can assert it:
/// (1) (x_1 + ... + x_8)^8 expanded two ways and compared;
/// (2) the 24 x 24 identity (32): E^T (J (x) R) + (J (x) R) E = [[b(R^ C - C R^), 0], [0, 0]]
///     for n = 3, d = 4 with the symbolic force matrix C of (19) and an opaque g;
/// (3) the gradient of the softmax Lagrangian (11) with respect to all 24 state variables.
/// </summary>
public static class SymbolicWorkloads
{
    /// <summary>(x_1+...+x_k)^k by squaring and by k successive products; true when
    /// equal.</summary>
    public static (int Terms, bool Equal) ExpandPower(int k = 8)
    {
        // p = x_1 + ... + x_k
        var p = Enumerable.Range(1, k).Aggregate(Expr.Zero, (s, i) => s + Expr.Sym($"x{i}"));

        // p^k by repeated squaring, and p * p * ... * p
        var squared = p.Pow(k);
        var sequential = Expr.One;
        for (var i = 0; i < k; i++)
        {
            sequential *= p;
        }

        var terms = squared.Fractions.Sum(f => f.Numerator.Count);
        return (terms, squared == sequential);
    }

    /// <summary>The block force matrix C of (19): C_rs = w_rs (2 g(C_rs) I - g'(C_rs)
    /// ||x_r - x_s||^2 W) for r != s, C_rr = -2 sum_{i != r} w_ri g(C_ri) I.</summary>
    public static ExprMatrix ForceMatrix(GraphSymbols s)
    {
        var w = s.WMatrix();
        var id = ExprMatrix.Identity(s.D);
        var blocks = new ExprMatrix?[s.N, s.N];
        foreach (var r in s.Nodes())
        {
            var diagonal = Expr.Zero;
            foreach (var q in s.Nodes().Where(q => q != r))
            {
                // C_rq = x_r^T W x_q; g and g' at the canonical argument
                var c = s.Bilinear(r, q);
                var g = Expr.Function("g", c);
                var dg = Expr.Function("g", c, 1);
                var weight = GraphSymbols.Weight(r, q);
                blocks[r - 1, q - 1] = weight * (2 * g * id - (dg * s.DistanceSquared(r, q)) * w);
                diagonal += weight * g;
            }

            blocks[r - 1, r - 1] = (-2 * diagonal) * id;
        }

        return ExprMatrix.Blocks(blocks);
    }

    /// <summary>Builds (32) for n nodes in dimension d and decides it entrywise; also decides
    /// C = C^T. Returns the matrix size and both verdicts.</summary>
    public static (int Size, bool Symmetric, bool Identity) ChargeMatrixIdentity(int n = 3, int d = 4)
    {
        var s = new GraphSymbols(n, d);
        var c = ForceMatrix(s);
        var residual = ChargeMatrixResidual(s, c);
        return (residual.Rows, (c - c.Transpose()).IsZero, residual.IsZero);
    }

    /// <summary>
    /// E^T (J (x) R^) + (J (x) R^) E - [[b (R^ C - C R^), 0], [0, 0]] for a given nd x nd block
    /// matrix C, with E = [[0, a I], [b C, 0]], a = e^{t/eps}, b = -e^{-t/eps}/eps, R^ = I_n (x) R.
    /// Zero for every symmetric C (32); a nonsymmetric C leaves a residual.
    /// </summary>
    public static ExprMatrix ChargeMatrixResidual(GraphSymbols s, ExprMatrix c)
    {
        var m = s.N * s.D;
        if (c.Rows != m || c.Cols != m)
        {
            throw new ArgumentException($"C must be {m}x{m}, not {c.Rows}x{c.Cols}.", nameof(c));
        }

        var rHat = ExprMatrix.Kronecker(ExprMatrix.Identity(s.N), s.RMatrix());

        // a = e^{t/eps}, b = -e^{-t/eps}/eps; E = [[0, a I], [b C, 0]]   (30)
        var t = Expr.Of(GraphSymbols.T);
        var eps = Expr.Of(GraphSymbols.Eps);
        var a = Expr.Exp(t / eps);
        var b = -Expr.Exp(-t / eps) / eps;
        var e = ExprMatrix.Blocks(new ExprMatrix?[,]
        {
            { null, a * ExprMatrix.Identity(m) },
            { b * c, null },
        });

        // J (x) R^ = [[0, R^], [-R^, 0]]
        var jr = ExprMatrix.Blocks(new ExprMatrix?[,] { { null, rHat }, { -rHat, null } });

        // E^T JR + JR E - [[b (R^ C - C R^), 0], [0, 0]]   (32)
        var lhs = e.Transpose() * jr + jr * e;
        var rhs = ExprMatrix.Blocks(new ExprMatrix?[,]
        {
            { b * (rHat * c - c * rHat), null },
            { null, ExprMatrix.Zero(m, m) },
        });
        return lhs - rhs;
    }

    /// <summary>The softmax Lagrangian (11): e^{-t/eps} (1/2 sum_i |xdot_i|^2 + U/(2 eps)),
    /// U = sum_{i,j} w_ij softmax(C_ij) ||x_i - x_j||^2, softmax(C_ij) = e^{C_ij}/sum_kl
    /// e^{C_kl}.</summary>
    public static Expr SoftmaxLagrangian(GraphSymbols s)
    {
        // Z = sum_kl e^{C_kl}
        var z = Expr.Zero;
        foreach (var k in s.Nodes())
        {
            foreach (var l in s.Nodes())
            {
                z += Expr.Exp(s.Bilinear(k, l));
            }
        }

        // U = (sum_ij w_ij e^{C_ij} ||x_i - x_j||^2) / Z
        var u = Expr.Zero;
        foreach (var i in s.Nodes())
        {
            foreach (var j in s.Nodes().Where(j => j != i))
            {
                u += GraphSymbols.Weight(i, j) * Expr.Exp(s.Bilinear(i, j)) * s.DistanceSquared(i, j);
            }
        }

        u /= z;
        var kinetic = s.Nodes().SelectMany(i =>
            s.Dims().Select(a => Expr.Of(GraphSymbols.Xdot(i, a)).Pow(2)))
            .Aggregate(Expr.Zero, (x, y) => x + y);
        var eps = Expr.Of(GraphSymbols.Eps);
        return Expr.Exp(-Expr.Of(GraphSymbols.T) / eps) * (kinetic / 2 + u / (2 * eps));
    }

    /// <summary>dL/dq for every state variable q of (11); returns the number of derivatives and
    /// their total number of numerator terms.</summary>
    public static (int Derivatives, int Terms) SoftmaxLagrangianGradient(int n = 3, int d = 4)
    {
        var s = new GraphSymbols(n, d);
        var l = SoftmaxLagrangian(s);
        var terms = 0;
        var variables = s.StateVariables();
        foreach (var q in variables)
        {
            terms += l.Diff(q).Fractions.Sum(f => f.Numerator.Count);
        }

        return (variables.Count, terms);
    }
}
