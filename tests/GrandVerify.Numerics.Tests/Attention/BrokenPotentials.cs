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
    private sealed class MissingNormaliser(Coupling w)
        : ForwardingPotential(new SoftmaxPotential(SoftmaxScope.Global, w))
    {
        public override string Name => "missing-normaliser";

        public override void Pullback(
            Graph graph,
            IReadOnlyList<Matrix<double>> b,
            Matrix<double> lambda,
            IReadOnlyList<Matrix<double>> bBar)
        {
            // lambda_ij D_ij only: dZ/dC dropped
            var d = Matrix<double>.Build.Dense(graph.NodeCount, graph.NodeCount);
            Inner.PaperDerivative(graph, b, d);
            bBar[0].Add(lambda.PointwiseMultiply(d), bBar[0]);
        }
    }

    /// <summary>A correct potential whose pull-back has the wrong sign.</summary>
    private sealed class FlippedSign(IAttentionPotential inner) : ForwardingPotential(inner)
    {
        public override string Name => "flipped-sign";

        public override void Pullback(
            Graph graph,
            IReadOnlyList<Matrix<double>> b,
            Matrix<double> lambda,
            IReadOnlyList<Matrix<double>> bBar) =>
            Inner.Pullback(graph, b, -lambda, bBar);
    }
}
