using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Attention;

/// <summary>Deliberately wrong potentials: the checks over the catalogue must reject them.</summary>
internal static class BrokenPotentials
{
    /// <summary>Names of the broken potentials.</summary>
    public static TheoryData<string> Names => ["missing-normaliser", "flipped-sign"];

    /// <summary>The broken potential called <paramref name="name"/>.</summary>
    public static IAttentionPotential Get(string name, Coupling w) => name switch
    {
        "missing-normaliser" => new MissingNormaliser(w),
        "flipped-sign" => new FlippedSign(new SoftmaxPotential(SoftmaxScope.Rows, w)),
        _ => throw new ArgumentException($"unknown broken potential '{name}'", nameof(name)),
    };

    /// <summary>Softmax whose pull-back forgets the normaliser (the (19) derivative).</summary>
    private sealed class MissingNormaliser(Coupling w) : IAttentionPotential
    {
        private readonly SoftmaxPotential inner = new(SoftmaxScope.Global, w);

        public string Name => "missing-normaliser";

        public int Dimension => inner.Dimension;

        public IReadOnlyList<Matrix<double>> Invariants => inner.Invariants;

        public IReadOnlyList<string> InvariantLabels => inner.InvariantLabels;

        public Coupling Coupling => inner.Coupling;

        public void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g) =>
            inner.Weights(graph, b, g);

        public void Pullback(
            Graph graph,
            IReadOnlyList<Matrix<double>> b,
            Matrix<double> lambda,
            IReadOnlyList<Matrix<double>> bBar)
        {
            // lambda_ij D_ij only: dZ/dC dropped
            var d = Matrix<double>.Build.Dense(graph.NodeCount, graph.NodeCount);
            inner.PaperDerivative(graph, b, d);
            bBar[0].Add(lambda.PointwiseMultiply(d), bBar[0]);
        }

        public void PaperDerivative(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d) =>
            inner.PaperDerivative(graph, b, d);
    }

    /// <summary>A correct potential whose pull-back has the wrong sign.</summary>
    private sealed class FlippedSign(IAttentionPotential inner) : IAttentionPotential
    {
        public string Name => "flipped-sign";

        public int Dimension => inner.Dimension;

        public IReadOnlyList<Matrix<double>> Invariants => inner.Invariants;

        public IReadOnlyList<string> InvariantLabels => inner.InvariantLabels;

        public Coupling Coupling => inner.Coupling;

        public void Weights(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> g) =>
            inner.Weights(graph, b, g);

        public void Pullback(
            Graph graph,
            IReadOnlyList<Matrix<double>> b,
            Matrix<double> lambda,
            IReadOnlyList<Matrix<double>> bBar) =>
            inner.Pullback(graph, b, -lambda, bBar);

        public void PaperDerivative(Graph graph, IReadOnlyList<Matrix<double>> b, Matrix<double> d) =>
            inner.PaperDerivative(graph, b, d);
    }
}
