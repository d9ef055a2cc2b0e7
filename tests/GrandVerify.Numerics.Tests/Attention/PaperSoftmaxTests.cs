using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Attention;

public sealed class PaperSoftmaxTests
{
    [Fact]
    public void Evaluate_NormalisesOverAllOrderedPairsIncludingDiagonal()
    {
        // complete graph, unit weights: sum over off-diagonal pairs of s_ij = 1 - sum_k s_kk
        var random = new Random(Fixtures.Seed);
        var scores = Symmetric(4, random, 2.0);
        var (g, _) = Evaluate(GraphGenerators.Complete(4), scores);

        var z = scores.Enumerate().Sum(Math.Exp);
        var diagonal = Enumerable.Range(0, 4).Sum(k => Math.Exp(scores[k, k])) / z;
        Assert.Equal(1.0 - diagonal, g.Enumerate().Sum(), 14);
        Assert.Equal(Math.Exp(scores[1, 2]) / z, g[1, 2], 15);
    }

    [Fact]
    public void Evaluate_DerivativeIsElementwiseSOneMinusS()
    {
        var scores = Symmetric(3, new Random(Fixtures.Seed), 1.0);
        var graph = new Graph(3, [new Edge(0, 1, 2.0), new Edge(1, 2, 1.0)]);

        var (g, gPrime) = Evaluate(graph, scores);

        var s01 = g[0, 1] / 2.0;
        Assert.Equal(2.0 * s01 * (1 - s01), gPrime[0, 1], 15);
        Assert.Equal(0.0, g[0, 2]);
        Assert.Equal(0.0, gPrime[0, 2]);
    }

    [Fact]
    public void Evaluate_IsStableForHugeScores()
    {
        // e^{1000} overflows; the shifted form does not and is shift invariant
        var scores = Symmetric(3, new Random(Fixtures.Seed), 1.0);
        var shifted = scores + 1000.0;

        var (g, _) = Evaluate(GraphGenerators.Complete(3), scores);
        var (gShifted, gPrimeShifted) = Evaluate(GraphGenerators.Complete(3), shifted);

        var entries = gShifted.Enumerate().Concat(gPrimeShifted.Enumerate());
        Assert.All(entries, v => Assert.True(double.IsFinite(v)));
        Assert.True((g - gShifted).InfinityNorm() <= NumericTolerance.Algebraic);
    }

    private static (Matrix<double> G, Matrix<double> GPrime) Evaluate(
        Graph graph, Matrix<double> scores)
    {
        var n = graph.NodeCount;
        var g = Matrix<double>.Build.Dense(n, n);
        var gPrime = Matrix<double>.Build.Dense(n, n);
        new PaperSoftmax().Evaluate(graph, scores, g, gPrime);
        return (g, gPrime);
    }

    private static Matrix<double> Symmetric(int n, Random random, double scale)
    {
        var m = Matrix<double>.Build.Dense(n, n, (_, _) => scale * (random.NextDouble() - 0.5));
        return m + m.Transpose();
    }
}
