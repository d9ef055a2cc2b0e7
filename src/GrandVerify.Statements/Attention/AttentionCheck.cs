using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Potentials;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// Everything known about one attention on one graph and W: the numeric measurements, the
/// exact decisions, the Theorem 1 certificate and the charge runs of the four methods.
/// <see cref="Passed"/> is the overall verdict: every charge that Theorem 1 conserves is
/// conserved by both midpoint rules.
/// </summary>
public sealed record AttentionCheck(
    AttentionEntry Entry,
    Graph Graph,
    AttentionParameters Parameters,
    double Eps,
    UniformGrid Grid,
    NumericVerdicts Numeric,
    ExactVerdicts Exact,
    Theorem1Certificate Certificate,
    IReadOnlyList<IntegratorCharges> Runs)
{
    /// <summary>Labels of the basis charges Theorem 1 conserves.</summary>
    public IReadOnlyList<string> ConservedCharges =>
        [.. Certificate.Rotations.Where(r => r.Holds).Select(r => r.Rotation.Label)];

    /// <summary>Every certified charge conserved by the midpoint rules.</summary>
    public bool Passed => Certificate.IdentityVerified
        && Runs.Where(r => r.KeepsCommutingCharges).All(r => r.Keeps);

    /// <summary>
    /// The numerical failure that stopped a charge-preserving run, if any: then conservation
    /// was not decided, and <see cref="Passed"/> is false without contradicting Theorem 1.
    /// </summary>
    public string? MidpointFailure =>
        Runs.Where(r => r.KeepsCommutingCharges).Select(r => r.Failure).FirstOrDefault(f => f is not null);

    /// <summary>Runs every check; <paramref name="seed"/> fixes the sample states.</summary>
    public static AttentionCheck Run(
        AttentionEntry entry,
        Graph graph,
        AttentionParameters parameters,
        double eps,
        UniformGrid grid,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(parameters);
        var numeric = AttentionAnalysis.Analyse(entry, graph, parameters, seed);
        var exact = ExactAnalysis.Decide(entry);
        var certificate = Theorem1Certificate.Create(entry, graph, parameters, seed);
        var y0 = ChargeCheck.InitialState(graph.NodeCount, parameters.Dimension, seed);
        var runs = ChargeCheck.Run(entry, graph, parameters, eps, grid, y0);
        return new AttentionCheck(
            entry, graph, parameters, eps, grid, numeric, exact, certificate, runs);
    }
}
