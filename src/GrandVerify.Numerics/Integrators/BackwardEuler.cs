using System.Globalization;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// Backward Euler (37): (I - h E(t_{k+1}, y_{k+1})) y_{k+1} = y_k. Order 1. Solved by the
/// frozen-coefficient (Picard) iteration (I - h E(t_{k+1}, y^j)) y^{j+1} = y_k through its Schur
/// complement: (I + h^2/eps C(x^j)) x = x_k + h a p_k, p = p_k + h b C(x^j) x, a b = -1/eps.
/// Does not keep Q_R: Q_{k+1} - Q_k = +(h^2/eps) sum_i (C(x_{k+1}) x_{k+1})_i^T R p_{k+1,i}.
/// </summary>
public sealed class BackwardEuler : IIntegrator
{
    public BackwardEuler(FixedPointPolicy? policy = null) =>
        Policy = policy ?? FixedPointPolicy.Default;

    /// <summary>Tolerance and iteration cap of the nonlinear solve.</summary>
    public FixedPointPolicy Policy { get; }

    public string Name => "backward-euler";

    public int Order => 1;

    public bool ConservesCommutingCharges => false;

    public StepResult Step(DiffusionSystem system, double t, double h, Vector<double> y)
    {
        StepGuard.Check(system, h, y);
        var layout = system.Layout;
        var nd = layout.BlockSize;
        var tNext = t + h;
        var (a, b) = (system.GrowthFactor(tNext), system.DampingFactor(tNext));
        var xk = layout.Positions(y);
        var pk = layout.Momenta(y);

        // right-hand side of the Schur system: x_k + h a p_k
        var rhs = xk + (pk * (h * a));
        var current = y.Clone();
        var condition = 1.0;
        var residual = double.PositiveInfinity;
        var tolerance = Policy.EffectiveTolerance(nd);
        for (var j = 1; j <= Policy.MaxIterations; j++)
        {
            // (I + h^2/eps C(x^j)) x = x_k + h a p_k,  p = p_k + h b C(x^j) x   (37)
            var c = system.AssembleC(current);
            var s = c * (h * h / system.Eps);
            for (var i = 0; i < nd; i++)
            {
                s[i, i] += 1.0;
            }

            var lu = s.LU();
            condition = ConditionEstimator.Estimate(s, lu);
            CheckSolvable(condition, tNext);
            var x = lu.Solve(rhs);
            var p = pk + ((c * x) * (h * b));
            var next = Vector<double>.Build.Dense(2 * nd);
            next.SetSubVector(0, nd, x);
            next.SetSubVector(nd, nd, p);
            system.EnsureFinite(next, tNext, "backward Euler iterate");

            // |y^{j+1} - y^j| <= tol |y^{j+1}|
            residual = RelativeChange(next, current);
            current = next;
            if (residual <= tolerance)
            {
                return new StepResult(current, new StepStatistics(j, residual, condition));
            }
        }

        throw new NumericalFailureException(
            $"backward Euler iteration did not converge in {Policy.MaxIterations} iterations: " +
            $"relative change {residual.ToString("G3", CultureInfo.InvariantCulture)} " +
            $"> {tolerance:G3}",
            tNext,
            "reduce h (the iteration contracts like h^2/eps) or increase eps");
    }

    internal static double RelativeChange(Vector<double> next, Vector<double> current)
    {
        var size = Math.Max(next.InfinityNorm(), double.Epsilon);
        return (next - current).InfinityNorm() / size;
    }

    private static void CheckSolvable(double condition, double t)
    {
        if (!(condition <= MidpointMap.MaxConditionNumber))
        {
            throw new NumericalFailureException(
                "I + h^2/eps C(x) is singular or ill-conditioned: cond_1 = " +
                $"{condition.ToString("G3", CultureInfo.InvariantCulture)} " +
                $"exceeds {MidpointMap.MaxConditionNumber:G3}",
                t,
                "reduce h or increase eps");
        }
    }
}
