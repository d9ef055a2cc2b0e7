using GrandVerify.Numerics.Graphs;

namespace GrandVerify.Numerics.Tests.Graphs;

public sealed class EdgeListParserTests
{
    [Fact]
    public void Parse_CommentsBlankLinesAndWeights_ReadsEveryEdge()
    {
        const string text = "# a triangle with a tail\n0 1\n\n1 2 2.5  # heavy\n2 0 0.5\n2 3\n";

        var g = EdgeListParser.Parse(text, "tri.edges");

        Assert.Equal(4, g.NodeCount);
        Assert.Equal(4, g.EdgeCount);
        Assert.Equal(1.0, g.Weight(1, 0));
        Assert.Equal(2.5, g.Weight(2, 1));
        Assert.Equal(0.5, g.Weight(0, 2));
        Assert.Equal(0.0, g.Weight(0, 3));
        Assert.True(g.IsWeighted);
        Assert.Equal("tri.edges", g.SourceName);
    }

    [Fact]
    public void Parse_NodesDirective_AddsIsolatedNodes()
    {
        var g = EdgeListParser.Parse("nodes 6\n0 1\n", "d.edges");

        Assert.Equal(6, g.NodeCount);
        Assert.Equal(0, g.Degree(5));
        Assert.False(g.IsWeighted);
    }

    [Fact]
    public void Parse_ExplicitNodeCount_OverridesMaxId()
    {
        var g = EdgeListParser.Parse("0 1\n", "e.edges", nodeCount: 4);

        Assert.Equal(4, g.NodeCount);
    }

    [Fact]
    public void Parse_CrLfLineEndings_AreAccepted()
    {
        var g = EdgeListParser.Parse("0 1\r\n1 2\r\n", "crlf.edges");

        Assert.Equal(2, g.EdgeCount);
    }

    [Theory]
    [InlineData("0 1\n1 1\n", 2, "self-loop")]
    [InlineData("0 1 -2\n", 1, "negative weight")]
    [InlineData("0 1 NaN\n", 1, "NaN weight")]
    [InlineData("0 1 0\n", 1, "zero weight")]
    [InlineData("0 1 Infinity\n", 1, "infinite weight")]
    [InlineData("0 1 heavy\n", 1, "not a number")]
    [InlineData("nodes 3\n0 1\n1 3\n", 3, "unknown node id 3")]
    [InlineData("0 -1\n", 1, "unknown node id -1")]
    [InlineData("0 1.5\n", 1, "'1.5' is not an integer")]
    [InlineData("a 1\n", 1, "'a' is not an integer")]
    [InlineData("0 1\n7\n", 2, "malformed line")]
    [InlineData("0 1 1 1\n", 1, "malformed line")]
    [InlineData("0 1\n2 1\n1 0\n", 3, "duplicate edge (0,1), first given on line 1")]
    [InlineData("nodes three\n0 1\n", 1, "malformed directive")]
    [InlineData("nodes 3\nnodes 4\n", 2, "differs")]
    public void Parse_BadLine_NamesSourceLineAndProblem(string text, int line, string problem)
    {
        var e = Assert.Throws<GraphFormatException>(() => EdgeListParser.Parse(text, "bad.edges"));

        Assert.Equal("bad.edges", e.SourceName);
        Assert.Equal(line, e.LineNumber);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"bad.edges:{line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IdBeyondExplicitCount_IsUnknown()
    {
        var e = Assert.Throws<GraphFormatException>(
            () => EdgeListParser.Parse("0 1\n1 4\n", "x.edges", nodeCount: 3));

        Assert.Equal(2, e.LineNumber);
        Assert.Contains("unknown node id 4", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExplicitCountContradictsDirective_IsRejected()
    {
        var e = Assert.Throws<GraphFormatException>(
            () => EdgeListParser.Parse("nodes 5\n0 1\n", "x.edges", nodeCount: 3));

        Assert.Contains("differs", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    public void Parse_NoEdgesNoCount_IsRejected(string text)
    {
        var e = Assert.Throws<GraphFormatException>(() => EdgeListParser.Parse(text, "empty.edges"));

        Assert.Contains("empty", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "grandverify-no-such-file.edges");

        var e = Assert.Throws<GraphFormatException>(() => EdgeListParser.Load(path));

        Assert.Equal(path, e.SourceName);
    }

    [Fact]
    public void Load_File_UsesFileNameInErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"grandverify-{Guid.NewGuid():N}.edges");
        File.WriteAllText(path, "0 1\n0 0\n");
        try
        {
            var e = Assert.Throws<GraphFormatException>(() => EdgeListParser.Load(path));

            Assert.Equal(Path.GetFileName(path), e.SourceName);
            Assert.Equal(2, e.LineNumber);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
