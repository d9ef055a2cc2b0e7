using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Attention;

public sealed class ElementwiseAttentionTests
{
    public static TheoryData<string, double> DerivativePoints => new()
    {
        { "identity", -1.3 }, { "exp", 0.7 }, { "sigmoid", -2.1 }, { "sigmoid", 3.0 },
        { "tanh", 0.4 }, { "relu", 0.9 }, { "relu", -0.9 },
    };

    [Theory]
    [MemberData(nameof(DerivativePoints))]
    public void Derivative_MatchesCentralDifference(string name, double z)
    {
        var g = (ElementwiseAttention)AttentionCatalog.Get(name);
        var delta = NumericTolerance.FiniteDifferenceStep;

        var difference = (g.Value(z + delta) - g.Value(z - delta)) / (2 * delta);

        Assert.Equal(difference, g.Derivative(z), NumericTolerance.FiniteDifference);
    }

    [Fact]
    public void Relu_HasZeroDerivativeAtTheKink()
    {
        var relu = new ReluAttention();

        Assert.Equal(0.0, relu.Value(0.0));
        Assert.Equal(0.0, relu.Derivative(0.0));
        Assert.Equal(1.0, relu.Derivative(1e-300));
    }

    [Theory]
    [InlineData(800.0, 1.0)]
    [InlineData(-800.0, 0.0)]
    public void Sigmoid_DoesNotOverflow(double z, double limit)
    {
        var s = new SigmoidAttention();

        Assert.Equal(limit, s.Value(z));
        Assert.Equal(0.0, s.Derivative(z));
    }

    [Fact]
    public void Evaluate_WeightsByEdgesAndZeroesNonEdges()
    {
        var graph = new Graph(3, [new Edge(0, 1, 2.0)]);
        var scores = Matrix<double>.Build.Dense(3, 3, (i, j) => 0.1 * (i + j + 1));
        var g = Matrix<double>.Build.Dense(3, 3, 9.0);
        var gPrime = Matrix<double>.Build.Dense(3, 3, 9.0);

        new TanhAttention().Evaluate(graph, scores, g, gPrime);

        Assert.Equal(2.0 * Math.Tanh(0.2), g[0, 1]);
        Assert.Equal(g[0, 1], g[1, 0]);
        Assert.Equal(2.0 * (1 - (Math.Tanh(0.2) * Math.Tanh(0.2))), gPrime[1, 0], 15);
        Assert.Equal(0.0, g[0, 2]);
        Assert.Equal(0.0, g[1, 1]);
        Assert.Equal(0.0, gPrime[2, 1]);
    }
}
