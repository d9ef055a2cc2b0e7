using GrandVerify.Numerics.Graphs;

namespace GrandVerify.Numerics.Tests.Graphs;

public sealed class DataFileTests
{
    [Theory]
    [InlineData("karate-club.edges", 34, 78)]
    [InlineData("les-miserables.edges", 77, 254)]
    public void Load_ShippedDataSet_HasPublishedSize(string file, int nodes, int edges)
    {
        var g = EdgeListParser.Load(Path.Combine(RepositoryRoot(), "data", file));

        Assert.Equal(nodes, g.NodeCount);
        Assert.Equal(edges, g.EdgeCount);
        Assert.True(g.IsWeighted);
        Assert.All(Enumerable.Range(0, nodes), i => Assert.True(g.Degree(i) > 0));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GrandVerify.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName
            ?? throw new InvalidOperationException("GrandVerify.sln not found above the test binaries");
    }
}
