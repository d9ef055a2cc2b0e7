using GrandVerify.Numerics.Graphs;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Graphs;

public sealed class GraphTests
{
    [Fact]
    public void FromAdjacency_RoundTripsWeights()
    {
        var w = Matrix<double>.Build.DenseOfArray(
            new double[,] { { 0, 2, 0 }, { 2, 0, 3 }, { 0, 3, 0 } });

        var g = Graph.FromAdjacency(w);

        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(w, g.Adjacency());
    }

    [Theory]
    [InlineData(new double[] { 0, 1, 2, 0 }, "not symmetric")]
    [InlineData(new double[] { 1, 1, 1, 0 }, "self-loop")]
    [InlineData(new double[] { 0, -1, -1, 0 }, "weight -1")]
    [InlineData(new double[] { 0, double.NaN, double.NaN, 0 }, "not symmetric")]
    public void FromAdjacency_BadMatrix_IsRejected(double[] entries, string problem)
    {
        var w = Matrix<double>.Build.Dense(2, 2, entries);

        var e = Assert.Throws<GraphFormatException>(() => Graph.FromAdjacency(w, "m"));

        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateReversedEdge_IsRejected()
    {
        var e = Assert.Throws<GraphFormatException>(
            () => new Graph(3, [new Edge(0, 1, 1), new Edge(1, 0, 1)]));

        Assert.Contains("duplicate edge (0,1)", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjacency_IsACopy()
    {
        var g = GraphGenerators.Path(3);

        var a = g.Adjacency();
        a[0, 1] = 7;

        Assert.Equal(1.0, g.Weight(0, 1));
    }
}
