using GrandVerify.Numerics.Integrators;

namespace GrandVerify.Numerics.Experiments;

/// <summary>
/// A finished run: the grid times t_k, one charge history per requested rotation, the scale
/// max_k |x||p| used by the conservation bound, and the solver summary.
/// </summary>
public sealed record ExperimentResult(
    Experiment Experiment,
    IReadOnlyList<double> Times,
    IReadOnlyList<ChargeHistory> Charges,
    double Scale,
    IntegrationSummary Summary)
{
    /// <summary>The verdict for one history (see <see cref="ConservationVerdict"/>).</summary>
    public ConservationVerdict Verdict(ChargeHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return ConservationVerdict.Assess(
            history.Values,
            Summary.Steps,
            Scale,
            Experiment.Graph.NodeCount,
            Experiment.Coupling.Dimension,
            history.Rotation.Matrix().L2Norm());
    }
}
