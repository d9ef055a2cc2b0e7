using GrandVerify.Statements;

namespace GrandVerify.Proofs;

public sealed class PaperCatalogTests
{
    [Fact]
    public void Catalog_CoversEveryNumberedStatementOnceInPaperOrder()
    {
        var ids = Paper.Statements.Select(s => s.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Paper.ExpectedIds, ids);
    }

    [Fact]
    public void ExpectedIds_AreEq1ToEq41TheoremPropositionsAndRemark()
    {
        var expected = Enumerable.Range(1, 41).Select(k => $"eq{k}")
            .Concat(["thm1", "prop1", "prop2", "prop3", "remark1"]).Order();
        Assert.Equal(expected, Paper.ExpectedIds.Order());
    }

    [Fact]
    public void Get_UnknownId_NamesTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => Paper.Get("eq99"));
        Assert.Contains("eq1", e.Message, StringComparison.Ordinal);
    }
}
