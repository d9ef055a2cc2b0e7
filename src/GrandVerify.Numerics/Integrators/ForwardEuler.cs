using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// Forward Euler (34): y_{k+1} = y_k + h E(t_k, y_k) y_k. Order 1. Does not keep Q_R:
/// Q_{k+1} - Q_k = -(h^2/eps) sum_i (C(x_k) x_k)_i^T R p_{k,i} when [W, R] = 0.
/// </summary>
public sealed class ForwardEuler : IIntegrator
{
    public string Name => "forward-euler";

    public int Order => 1;

    public bool ConservesCommutingCharges => false;

    public StepResult Step(DiffusionSystem system, double t, double h, Vector<double> y)
    {
        StepGuard.Check(system, h, y);

        // y_{k+1} = y_k + h E(t_k, y_k) y_k   (34)
        var next = system.Evaluate(t, y);
        next.Multiply(h, next);
        next.Add(y, next);

        system.EnsureFinite(next, t + h, "forward Euler state");
        return new StepResult(next, StepStatistics.Explicit);
    }
}
