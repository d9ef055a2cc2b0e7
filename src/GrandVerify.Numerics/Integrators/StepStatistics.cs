namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// Solver data of one step: fixed-point iterations (0 for a direct step), the final relative
/// residual (0 for a direct step), and the estimated 1-norm condition number of the linear
/// system solved (1 when none is solved; see <see cref="ConditionEstimator"/>).
/// </summary>
public readonly record struct StepStatistics(
    int Iterations, double Residual, double ConditionEstimate)
{
    /// <summary>Statistics of an explicit step.</summary>
    public static StepStatistics Explicit { get; } = new(0, 0.0, 1.0);
}
