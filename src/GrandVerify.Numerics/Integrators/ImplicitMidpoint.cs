using System.Globalization;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// The implicit midpoint rule (41): y_{k+1} = y_k + h E(t_{k+1/2}, xi) xi, xi = (y_k + y_{k+1})/2.
/// Order 2 (Gauss collocation with one stage). Solved by y^{j+1} = P(t_{k+1/2}, xi_j) y_k,
/// xi_j = (y^j + y_k)/2, with P the midpoint map of (40); its fixed point satisfies (41) and every
/// iterate keeps each Q_R with [W, R] = 0 exactly, so the solver tolerance does not enter the
/// charge error.
/// </summary>
public sealed class ImplicitMidpoint : IIntegrator
{
    public ImplicitMidpoint(FixedPointPolicy? policy = null) =>
        Policy = policy ?? FixedPointPolicy.Default;

    /// <summary>Tolerance and iteration cap of the nonlinear solve.</summary>
    public FixedPointPolicy Policy { get; }

    public string Name => "implicit-midpoint";

    public int Order => 2;

    public bool ConservesCommutingCharges => true;

    public StepResult Step(DiffusionSystem system, double t, double h, Vector<double> y)
    {
        StepGuard.Check(system, h, y);
        var tHalf = t + (h / 2.0);
        var current = y.Clone();
        var residual = double.PositiveInfinity;
        var condition = 1.0;
        var tolerance = Policy.EffectiveTolerance(system.Layout.BlockSize);
        for (var j = 1; j <= Policy.MaxIterations; j++)
        {
            // y^{j+1} = P(t_{k+1/2}, (y^j + y_k)/2) y_k   (40), (41)
            var xi = (current + y) * 0.5;
            var next = MidpointMap.Apply(system, tHalf, h, xi, y, out condition);
            system.EnsureFinite(next, t + h, "implicit midpoint iterate");

            residual = BackwardEuler.RelativeChange(next, current);
            current = next;
            if (residual <= tolerance)
            {
                return new StepResult(current, new StepStatistics(j, residual, condition));
            }
        }

        throw new NumericalFailureException(
            $"implicit midpoint iteration did not converge in {Policy.MaxIterations} iterations: " +
            $"relative change {residual.ToString("G3", CultureInfo.InvariantCulture)} " +
            $"> {tolerance:G3}",
            t + h,
            "reduce h or increase eps, or use the modified midpoint rule " +
            "(one linear solve per step)");
    }
}
