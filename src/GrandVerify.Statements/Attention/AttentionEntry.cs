using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using GrandVerify.Symbolic.Attentions;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// One attention of the registry: G_ij(x) twice, numerically (<see cref="Potential"/>, any
/// graph) and exactly (<see cref="Symbolic"/>, small graphs), and the force it integrates:
/// the exact gradient of U = sum G_ij |x_i - x_j|^2 (9), or (19) with
/// <see cref="PaperAttention"/> for the paper's literal model.
/// </summary>
public sealed record AttentionEntry(
    string Name,
    string Formula,
    AttentionForceKind Force,
    Func<AttentionParameters, IAttentionPotential> Potential,
    Func<ISymbolicAttention> Symbolic)
{
    /// <summary>The attention (19) is applied with, for <see cref="AttentionForceKind.Eq19"/>.</summary>
    public IAttention? PaperAttention { get; init; }

    /// <summary>True when the entry was given as an expression g(c) rather than by name.</summary>
    public bool IsUserDefined { get; init; }

    /// <summary>The force model the entry integrates on <paramref name="graph"/>.</summary>
    public IForceModel CreateForceModel(Graph graph, AttentionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(parameters);
        return Force == AttentionForceKind.Eq19 && PaperAttention is { } g
            ? new PaperForceModel(graph, parameters.Coupling, g)
            : new GradientForceModel(graph, Potential(parameters));
    }

    /// <summary>The matrices M_k on which the integrated force depends (only W for (19)).</summary>
    public IReadOnlyList<Matrix<double>> ForceInvariants(AttentionParameters parameters) =>
        Force == AttentionForceKind.Eq19 ? [parameters.Coupling.Matrix] : Potential(parameters).Invariants;

    /// <summary>Their labels.</summary>
    public IReadOnlyList<string> ForceInvariantLabels(AttentionParameters parameters) =>
        Force == AttentionForceKind.Eq19 ? ["W"] : Potential(parameters).InvariantLabels;
}
