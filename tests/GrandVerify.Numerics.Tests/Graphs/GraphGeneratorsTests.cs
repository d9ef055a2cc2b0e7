using GrandVerify.Numerics.Graphs;

namespace GrandVerify.Numerics.Tests.Graphs;

public sealed class GraphGeneratorsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Complete_HasEveryPair(int n)
    {
        var g = GraphGenerators.Complete(n);

        Assert.Equal(n * (n - 1) / 2, g.EdgeCount);
        Assert.All(Enumerable.Range(0, n), i => Assert.Equal(n - 1, g.Degree(i)));
    }

    [Fact]
    public void Path_Cycle_Star_HaveTheirDegrees()
    {
        var path = GraphGenerators.Path(5);
        var cycle = GraphGenerators.Cycle(5);
        var star = GraphGenerators.Star(5);

        Assert.Equal([1, 2, 2, 2, 1], Enumerable.Range(0, 5).Select(path.Degree));
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(2, cycle.Degree(i)));
        Assert.Equal([4, 1, 1, 1, 1], Enumerable.Range(0, 5).Select(star.Degree));
        Assert.Equal(1.0, cycle.Weight(4, 0));
    }

    [Fact]
    public void Cycle_TooSmall_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphGenerators.Cycle(2));
    }

    [Fact]
    public void ErdosRenyi_IsDeterministicPerSeed_AndHonoursExtremes()
    {
        var a = GraphGenerators.ErdosRenyi(30, 0.3, Fixtures.Seed);
        var b = GraphGenerators.ErdosRenyi(30, 0.3, Fixtures.Seed);
        var c = GraphGenerators.ErdosRenyi(30, 0.3, Fixtures.Seed + 1);

        Assert.Equal(a.Edges, b.Edges);
        Assert.NotEqual(a.Edges, c.Edges);
        Assert.Equal(0, GraphGenerators.ErdosRenyi(10, 0.0, 1).EdgeCount);
        Assert.Equal(45, GraphGenerators.ErdosRenyi(10, 1.0, 1).EdgeCount);
    }

    [Fact]
    public void ErdosRenyi_EdgeCountNearExpectation()
    {
        // 4950 pairs, p = 0.3: mean 1485, standard deviation ~ 32; 5 sigma band
        var g = GraphGenerators.ErdosRenyi(100, 0.3, Fixtures.Seed);

        Assert.InRange(g.EdgeCount, 1485 - 160, 1485 + 160);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ErdosRenyi_BadProbability_IsRejected(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphGenerators.ErdosRenyi(5, p, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(40)]
    public void RandomTree_IsConnectedWithNMinusOneEdges(int n)
    {
        var g = GraphGenerators.RandomTree(n, Fixtures.Seed);

        Assert.Equal(n - 1, g.EdgeCount);
        Assert.Equal(n, Reachable(g, 0));
    }

    private static int Reachable(Graph g, int start)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var i))
        {
            var fresh = Enumerable.Range(0, g.NodeCount).Where(j => g.Weight(i, j) > 0 && seen.Add(j));
            foreach (var j in fresh.ToList())
            {
                queue.Enqueue(j);
            }
        }

        return seen.Count;
    }
}
