using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// The infinitesimal rotation x_i -&gt; x_i + s R x_i of Section 4 acting on the model, with the
/// generic skew R and K = [W, R]. The variation of the potential is
/// delta U = sum_i grad_i U^T R x_i = sum_s (dU/dW_s) K_s (sum over the distinct symbols of W),
/// because delta C_ij = x_i^T K x_j and |x_i - x_j|^2 is invariant.
/// </summary>
public static class RotationDrift
{
    /// <summary>The generic skew R of so(d) for the model's d.</summary>
    public static ExprMatrix R(GndModel m) => Rotations.Generic(m.D);

    /// <summary>K = [W, R].</summary>
    public static ExprMatrix K(GndModel m) => Rotations.Commutator(m.W, R(m));

    /// <summary>delta U = sum_i (dU/dx_i)^T R x_i.</summary>
    public static Expr PotentialVariation(GndModel m)
    {
        var r = R(m);
        var rx = m.PerComponent((i, a) => Enumerable.Range(0, m.D)
            .Aggregate(Expr.Zero, (s, b) => s + r[a, b] * Expr.Of(m.X[i, b])));
        var sum = Expr.Zero;
        for (var i = 0; i < m.N; i++)
        {
            for (var a = 0; a < m.D; a++)
            {
                sum += m.Gradient[i, a] * rx[i, a];
            }
        }

        return sum;
    }

    /// <summary>sum_s (dU/dW_s) K_s, the certificate without the factor e^{-t/eps}/(2 eps).</summary>
    public static Expr PotentialCertificate(GndModel m)
    {
        var k = K(m);
        return m.WEntries.Aggregate(Expr.Zero, (s, e) => s + m.Potential.Diff(e.Symbol) * k[e.A, e.B]);
    }
}
