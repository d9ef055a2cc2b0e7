using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// A potential that forwards every member to an inner one; derive from it to change one
/// piece (a rescaled weight, a modified pull-back) and keep the rest.
/// </summary>
public abstract class ForwardingPotential(IAttentionPotential inner) : IAttentionPotential
{
    /// <summary>The potential being forwarded to.</summary>
    protected IAttentionPotential Inner { get; } =
        inner ?? throw new ArgumentNullException(nameof(inner));

    public virtual string Name => Inner.Name;

    public int Dimension => Inner.Dimension;

    public IReadOnlyList<Matrix<double>> Invariants => Inner.Invariants;

    public IReadOnlyList<string> InvariantLabels => Inner.InvariantLabels;

    public Coupling Coupling => Inner.Coupling;

    public virtual void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g) =>
        Inner.Weights(graph, b, g);

    public virtual void Pullback(
        Graph graph,
        IReadOnlyList<Matrix<double>> b,
        Matrix<double> lambda,
        IReadOnlyList<Matrix<double>> bBar) =>
        Inner.Pullback(graph, b, lambda, bBar);

    public virtual void PaperDerivative(
        Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d) =>
        Inner.PaperDerivative(graph, b, d);
}
