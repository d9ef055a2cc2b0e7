namespace GrandVerify.Symbolic.Model;

/// <summary>The charges of Section 4-5 for a d x d matrix R: (25) in the velocity P, (26) and
/// (31) as quadratic forms in J (x) R, and the drift certificate of Theorem 1.</summary>
public sealed partial class GndModel
{
    /// <summary>Q = sum_i p_i^T R x_i   (31, first form).</summary>
    public Expr Charge(ExprMatrix r) => PairSum(P, r);

    /// <summary>Q = e^{-t/eps} sum_i P_i^T R x_i   (25).</summary>
    public Expr VelocityCharge(ExprMatrix r) => Decay * PairSum(V, r);

    /// <summary>-1/2 v^T (J (x) R) v for a column v = (x; P) or (x; p)   (26), (31).</summary>
    public Expr QuadraticCharge(ExprMatrix r, ExprMatrix column)
    {
        var form = column.Transpose() * SymplecticLift(r) * column;
        return -form[0, 0] / 2;
    }

    /// <summary>(x; m) for a momentum-like column m (P or p).</summary>
    public ExprMatrix StateColumn(ExprMatrix momentum) =>
        ExprMatrix.Blocks(new ExprMatrix?[,] { { PositionColumn }, { momentum } });

    /// <summary>
    /// The coefficients c_s of the drift certificate of Theorem 1: for each distinct symbol s
    /// of W at (a, b), c_s = (e^{-t/eps}/(2 eps)) dU/dW_ab; then dQ/dt = sum_s c_s [W, R]_ab.
    /// </summary>
    public IReadOnlyList<(Symbol Symbol, int A, int B, Expr Coefficient)> DriftCoefficients =>
        Cached(nameof(DriftCoefficients), () =>
        {
            var scale = Decay / (2 * Expr.Of(Eps));
            return WEntries.Select(e => (e.Symbol, e.A, e.B, scale * Potential.Diff(e.Symbol)))
                .ToList();
        });

    /// <summary>sum_s c_s K_ab for a d x d matrix K (the certificate applied to K = [W, R]).</summary>
    public Expr DriftCertificate(ExprMatrix k) =>
        DriftCoefficients.Aggregate(Expr.Zero, (s, c) => s + c.Coefficient * k[c.A, c.B]);

    private Expr PairSum(Symbol[,] momentum, ExprMatrix r)
    {
        // sum_i m_i^T R x_i
        var q = Expr.Zero;
        for (var i = 0; i < N; i++)
        {
            for (var a = 0; a < D; a++)
            {
                for (var b = 0; b < D; b++)
                {
                    if (!r[a, b].IsZero)
                    {
                        q += Expr.Of(momentum[i, a]) * r[a, b] * Expr.Of(X[i, b]);
                    }
                }
            }
        }

        return q;
    }
}
