using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// The one-step change of Q_R under the Euler methods when [W, R] = 0 (C R^ = R^ C, so
/// x^T C R^ x = 0 and p^T R^ p = 0), from (34) and (37) with a b = -1/eps:
/// forward Q_{k+1} - Q_k = -(h^2/eps) sum_i (C(x_k) x_k)_i^T R p_{k,i},
/// backward Q_{k+1} - Q_k = +(h^2/eps) sum_i (C(x_{k+1}) x_{k+1})_i^T R p_{k+1,i}.
/// <para>
/// Bound on |measured - predicted| (u the unit roundoff, m = n d, rho = |R|_F, X' = xi +
/// h a eta, P' = eta + h |b| |C|_inf xi at the point the step evaluates E):
/// two evaluations of Q, (m + d + 1) u rho (|x||p| + |x'||p'|); the forward step's rounding,
/// 3u X' in x' and (m + 3) u P' in p', moving Q' by (m + 6) u rho X' P'; the prediction
/// (C x, R p_i, the inner product and h^2/eps) (2m + d + 3) u rho X' P' (as (h^2/eps)
/// |C| xi eta = (h a eta)(h |b| |C| xi)); the non-commuting rounding of C's entries (2u|C|) in
/// x^T C R^ x, 2 u rho X' P'. Forward: 2 K_Q + (5m + d + 11) after grouping, written
/// K_2 = 5m + 3d + 13 in total.
/// </para>
/// <para>
/// Backward Euler is solved to a tolerance, so the identity is applied to the measured
/// residual r = y' - y - h E(t + h, y') y': Q(y) = Q(y' - h E y' - r) gives
/// |Q' - Q - predicted| &lt;= rho (R_p (|x| + R_x) + (|p| + R_p) R_x + R_x R_p) plus the
/// rounding terms above, where R_x, R_p bound |r_x|, |r_p| (computed value plus the rounding
/// of computing it, 3u X' and (m + 3) u P'). This is the solver tolerance's contribution.
/// </para>
/// </summary>
public static class EulerIdentityCheck
{
    /// <summary>One forward Euler step from (t, y), predicted by the given model.</summary>
    public static EulerIdentityOutcome Forward(
        DiffusionSystem system, IForceModel predictor, Matrix<double> r, Vector<double> y,
        double t, double h)
    {
        var layout = system.Layout;
        var charge = new Charge(r);
        var next = new ForwardEuler().Step(system, t, h, y).Y;

        // predicted = -(h^2/eps) sum_i (C(x_k) x_k)_i^T R p_{k,i}
        var predicted = -(h * h / system.Eps) * Pairing(predictor, layout, r, y);
        var measured = charge.Evaluate(layout, next) - charge.Evaluate(layout, y);
        var scale = StepScale(system, predictor, y, t, h);
        var bound = MidpointRoundingBound.UnitRoundoff * r.FrobeniusNorm()
            * Constant(layout) * scale;
        return new EulerIdentityOutcome(measured, predicted, bound);
    }

    /// <summary>One backward Euler step from (t, y), predicted by the given model.</summary>
    public static EulerIdentityOutcome Backward(
        DiffusionSystem system, IForceModel predictor, Matrix<double> r, Vector<double> y,
        double t, double h)
    {
        var layout = system.Layout;
        var charge = new Charge(r);
        var next = new BackwardEuler().Step(system, t, h, y).Y;

        // predicted = +(h^2/eps) sum_i (C(x') x')_i^T R p'_i
        var predicted = h * h / system.Eps * Pairing(predictor, layout, r, next);
        var measured = charge.Evaluate(layout, next) - charge.Evaluate(layout, y);

        // residual r = y' - y - h E(t + h, y') y' and the rounding of computing it
        var residual = next - y - (system.Evaluate(t + h, next) * h);
        var scale = StepScale(system, predictor, next, t + h, h);
        var (xiNew, etaNew) = (Norms.X(layout, next), Norms.P(layout, next));
        var u = MidpointRoundingBound.UnitRoundoff;
        var m = layout.BlockSize;
        var rx = layout.Positions(residual).L2Norm()
            + (3.0 * u * scale / Math.Max(etaNew, 1e-300));
        var rp = layout.Momenta(residual).L2Norm()
            + ((m + 3.0) * u * scale / Math.Max(xiNew, 1e-300));
        var (xi, eta) = (Norms.X(layout, y), Norms.P(layout, y));
        var rho = r.FrobeniusNorm();
        var solver = rho * ((rp * (xi + rx)) + ((eta + rp) * rx) + (rx * rp));
        var bound = (u * rho * Constant(layout) * scale) + solver;
        return new EulerIdentityOutcome(measured, predicted, bound);
    }

    /// <summary>K_2 = 5 n d + 3 d + 13.</summary>
    public static double Constant(StateLayout layout) =>
        (5.0 * layout.BlockSize) + (3.0 * layout.Dimension) + 13.0;

    /// <summary>sum_i (C(x) x)_i^T R p_i at the state y.</summary>
    public static double Pairing(
        IForceModel force, StateLayout layout, Matrix<double> r, Vector<double> y)
    {
        var cx = force.Force(layout.Positions(y));
        var sum = 0.0;
        for (var i = 0; i < layout.Nodes; i++)
        {
            var rp = r * layout.P(y, i);
            sum += cx.SubVector(i * layout.Dimension, layout.Dimension).DotProduct(rp);
        }

        return sum;
    }

    /// <summary>X' P' = (xi + h a eta)(eta + h |b| |C|_inf xi) at (t, y).</summary>
    private static double StepScale(
        DiffusionSystem system, IForceModel force, Vector<double> y, double t, double h)
    {
        var layout = system.Layout;
        var (xi, eta) = (Norms.X(layout, y), Norms.P(layout, y));
        var c = force.Assemble(layout.Positions(y)).InfinityNorm();
        var (a, b) = (system.GrowthFactor(t), Math.Abs(system.DampingFactor(t)));
        return (xi + (h * a * eta)) * (eta + (h * b * c * xi));
    }
}
