using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// The modified implicit midpoint rule of Section 6: (39) with E frozen at (t_k, y_k),
/// y_{k+1} = P(t_k, y_k) y_k = (I_2 (x) S^{-1}) (I + h/2 E(t_k, y_k))^2 y_k,
/// S = I + h^2/(4 eps) C(x_k): one LU of size nd per step, no nonlinear solve. Order 1; keeps
/// every Q_R with [W, R] = 0 exactly (up to rounding), since P^T (J (x) R) P = J (x) R.
/// Throws when S is singular or cond_1(S) exceeds <see cref="MidpointMap.MaxConditionNumber"/>.
/// </summary>
public sealed class ModifiedMidpoint : IIntegrator
{
    public string Name => "modified-midpoint";

    public int Order => 1;

    public bool ConservesCommutingCharges => true;

    public StepResult Step(DiffusionSystem system, double t, double h, Vector<double> y)
    {
        StepGuard.Check(system, h, y);

        // y_{k+1} = P(t_k, y_k) y_k   (39), (40)
        var next = MidpointMap.Apply(system, t, h, y, y, out var condition);

        system.EnsureFinite(next, t + h, "modified midpoint state");
        return new StepResult(next, new StepStatistics(0, 0.0, condition));
    }
}
