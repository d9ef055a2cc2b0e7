using GrandVerify.Symbolic.Blocks;

namespace GrandVerify.Symbolic.Tests.Blocks;

/// <summary>The rewriting systems are terminating and confluent; a system missing a rule is
/// detected as not confluent (negative control).</summary>
public sealed class BlockRelationsTests
{
    private static readonly Expr K = Expr.Parse("h^2/(4*eps)");

    public static TheoryData<string> Systems => ["free", "commuting", "schur", "commuting+schur"];

    [Theory]
    [MemberData(nameof(Systems))]
    public void EverySystem_IsConfluent(string name)
    {
        var relations = Build(name);

        var pairs = relations.CriticalPairs();

        Assert.All(pairs, p => Assert.True(
            p.IsResolved, $"{name}: {p.Overlap} gives {p.ViaFirst} vs {p.ViaSecond}"));
        Assert.True(relations.IsConfluent);
    }

    [Fact]
    public void CommutingSchurSystem_HasTheFourExpectedOverlaps()
    {
        var overlaps = Build("commuting+schur").CriticalPairs().Select(p => p.Overlap.ToString()).ToHashSet();

        var expected = new HashSet<string> { "Rh C Sinv", "Rh Sinv C", "C Sinv C", "Sinv C Sinv" };
        Assert.Subset(overlaps, expected);
    }

    [Fact]
    public void MissingRotationInverseRule_IsNotConfluent()
    {
        // R^ C -> C R^ and S S^{-1} = I without R^ S^{-1} -> S^{-1} R^: overlap R^ C S^{-1} splits
        var full = BlockRelations.Create(commuting: true, K);
        var broken = BlockRelations.FromRules(full.Rules.Where(r => r.Left.ToString() != "Rh Sinv"));

        Assert.False(broken.IsConfluent);
        Assert.Contains(broken.CriticalPairs(), p => !p.IsResolved && p.Overlap.ToString() == "Rh C Sinv");
    }

    [Fact]
    public void RuleThatDoesNotDecrease_IsRejected()
    {
        var c = BlockGenerator.C;
        var rh = BlockGenerator.Rh;

        var e = Assert.Throws<ArgumentException>(
            () => new RewriteRule(BlockWord.Of(c, rh), [(BlockWord.Of(rh, c), Expr.One)]));

        Assert.Contains("not smaller", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NormalWords_AreIrreducible()
    {
        var r = Build("commuting+schur");
        var (c, rh, s) = (BlockGenerator.C, BlockGenerator.Rh, BlockGenerator.SInverse);

        Assert.True(r.IsIrreducible(BlockWord.Of(c, c, rh, rh)));
        Assert.True(r.IsIrreducible(BlockWord.Of(s, s, rh)));
        Assert.False(r.IsIrreducible(BlockWord.Of(rh, c)));
        Assert.False(r.IsIrreducible(BlockWord.Of(c, s)));
    }

    internal static BlockRelations Build(string name) => name switch
    {
        "free" => BlockRelations.Free,
        "commuting" => BlockRelations.CommutingRotation,
        "schur" => BlockRelations.Create(commuting: false, K),
        "commuting+schur" => BlockRelations.Create(commuting: true, K),
        _ => throw new ArgumentException(name, nameof(name)),
    };
}
