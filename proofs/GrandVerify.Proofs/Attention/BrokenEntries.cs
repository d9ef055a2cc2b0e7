using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using GrandVerify.Statements.Attentions;
using GrandVerify.Symbolic.Attentions;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Proofs.Attention;

/// <summary>
/// Deliberately wrong registry entries (negative controls): their exact definition is the
/// correct softmax, their numeric force is not. The registry proofs must reject them.
/// </summary>
public static class BrokenEntries
{
    /// <summary>Names of the broken entries.</summary>
    public static TheoryData<string> Names => ["missing-normaliser", "flipped-sign"];

    /// <summary>The broken entry called <paramref name="name"/>.</summary>
    public static AttentionEntry Get(string name) => name switch
    {
        "missing-normaliser" => Entry(name, p => new Broken(p.Coupling, flip: false)),
        "flipped-sign" => Entry(name, p => new Broken(p.Coupling, flip: true)),
        _ => throw new ArgumentException($"unknown broken entry '{name}'", nameof(name)),
    };

    private static AttentionEntry Entry(string name, Func<AttentionParameters, IAttentionPotential> p) =>
        new(name, "broken softmax", AttentionForceKind.ExactGradient, p,
            () => new SymbolicSoftmax(NormalisationScope.Global));

    /// <summary>
    /// Global softmax whose pull-back drops the normaliser derivative, or (flip) keeps it but
    /// with the sign of the whole pull-back reversed.
    /// </summary>
    private sealed class Broken(Coupling w, bool flip)
        : ForwardingPotential(new SoftmaxPotential(SoftmaxScope.Global, w))
    {
        public override string Name => flip ? "flipped-sign" : "missing-normaliser";

        public override void Pullback(
            Graph graph,
            IReadOnlyList<Matrix<double>> b,
            Matrix<double> lambda,
            IReadOnlyList<Matrix<double>> bBar)
        {
            if (flip)
            {
                Inner.Pullback(graph, b, -lambda, bBar);
                return;
            }

            // lambda_ij D_ij only: dZ/dC dropped
            var d = Matrix<double>.Build.Dense(graph.NodeCount, graph.NodeCount);
            Inner.PaperDerivative(graph, b, d);
            bBar[0].Add(lambda.PointwiseMultiply(d), bBar[0]);
        }
    }
}
