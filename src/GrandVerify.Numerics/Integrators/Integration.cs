using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// Drives a one-step method over a <see cref="UniformGrid"/>: y_{k+1} = Phi_h(t_k, y_k),
/// k = 0..N-1. The recorder sees (k, t_k, y_k) for k = 0..N (y_k must not be modified);
/// progress sees (steps done, N). A failure is reported with its step index k.
/// </summary>
public static class Integration
{
    /// <summary>
    /// Integrates; throws <see cref="NumericalFailureException"/> naming the step.
    /// </summary>
    public static IntegrationSummary Run(
        DiffusionSystem system,
        IIntegrator integrator,
        UniformGrid grid,
        Vector<double> y0,
        Action<int, double, Vector<double>>? recorder = null,
        Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(integrator);
        ArgumentNullException.ThrowIfNull(grid);
        system.Layout.CheckState(y0, nameof(y0));
        system.EnsureFinite(y0, grid.T0, "initial state");

        var y = y0.Clone();
        var (iterations, residual, condition) = (0, 0.0, 1.0);
        recorder?.Invoke(0, grid.T0, y);
        for (var k = 0; k < grid.Steps; k++)
        {
            // y_{k+1} = Phi_h(t_k, y_k)
            StepResult step;
            try
            {
                step = integrator.Step(system, grid.Time(k), grid.H, y);
            }
            catch (NumericalFailureException failure) when (failure.Step is null)
            {
                throw failure.AtStep(k);
            }

            y = step.Y;
            iterations += step.Statistics.Iterations;
            residual = Math.Max(residual, step.Statistics.Residual);
            condition = Math.Max(condition, step.Statistics.ConditionEstimate);
            recorder?.Invoke(k + 1, grid.Time(k + 1), y);
            progress?.Invoke(k + 1, grid.Steps);
        }

        return new IntegrationSummary(y, grid.Steps, iterations, residual, condition);
    }

    /// <summary>Try-twin of <see cref="Run"/>: false and the failure instead of throwing.</summary>
    public static bool TryRun(
        DiffusionSystem system,
        IIntegrator integrator,
        UniformGrid grid,
        Vector<double> y0,
        out IntegrationSummary? summary,
        out NumericalFailureException? failure,
        Action<int, double, Vector<double>>? recorder = null,
        Action<int, int>? progress = null)
    {
        try
        {
            summary = Run(system, integrator, grid, y0, recorder, progress);
            failure = null;
            return true;
        }
        catch (NumericalFailureException e)
        {
            summary = null;
            failure = e;
            return false;
        }
    }
}
