using GrandVerify.Symbolic.Blocks;

namespace GrandVerify.Symbolic.Tests.Blocks;

/// <summary>Algebra laws of the block algebra: scalars with the exp rules, transposition as an
/// anti-automorphism, S S^{-1} = I, and the commutation hypothesis acting only when assumed.</summary>
public sealed class BlockAlgebraTests
{
    private static readonly Expr Eps = Expr.Sym("eps");
    private static readonly Expr T = Expr.Sym("t");
    private static readonly Expr K = Expr.Parse("h^2/(4*eps)");

    [Fact]
    public void ScalarProduct_ab_IsMinusOneOverEps()
    {
        // a = e^{t/eps}, b = -e^{-t/eps}/eps  =>  a b = -1/eps
        var a = Expr.Exp(T / Eps);
        var b = -Expr.Exp(-T / Eps) / Eps;

        Assert.Equal(-1 / Eps, a * b);
        Assert.NotEqual(1 / Eps, a * b);
    }

    [Fact]
    public void Transpose_OfGenerators_FollowsTheirSigns()
    {
        var r = BlockRelations.Free;
        var c = BlockElement.Of(r, BlockGenerator.C);
        var rh = BlockElement.Of(r, BlockGenerator.Rh);

        Assert.Equal(c, c.Transpose());
        Assert.Equal(-rh, rh.Transpose());
        Assert.Equal(-(rh * c), (c * rh).Transpose());
        Assert.NotEqual(c * rh, rh * c);
    }

    [Theory]
    [MemberData(nameof(BlockRelationsTests.Systems), MemberType = typeof(BlockRelationsTests))]
    public void Transpose_IsAnInvolutiveAntiAutomorphism(string system)
    {
        const int Seed = 4711;
        var relations = BlockRelationsTests.Build(system);
        var random = new Random(Seed);
        for (var trial = 0; trial < 25; trial++)
        {
            var x = RandomElement(relations, random);
            var y = RandomElement(relations, random);

            // (x y)^T = y^T x^T and (x^T)^T = x
            Assert.True((x * y).Transpose() == y.Transpose() * x.Transpose(), $"seed {Seed}, trial {trial}");
            Assert.True(x.Transpose().Transpose() == x, $"seed {Seed}, trial {trial}");
        }
    }

    [Fact]
    public void Product_IsAssociative_InTheQuotient()
    {
        const int Seed = 815;
        var relations = BlockRelations.Create(commuting: true, K);
        var random = new Random(Seed);
        for (var trial = 0; trial < 25; trial++)
        {
            var (x, y, z) = (RandomElement(relations, random), RandomElement(relations, random),
                RandomElement(relations, random));

            Assert.True((x * y) * z == x * (y * z), $"seed {Seed}, trial {trial}");
        }
    }

    [Fact]
    public void SchurInverse_IsTwoSidedInverse_AndCommutesWithC()
    {
        var r = BlockRelations.Create(commuting: false, K);
        var c = BlockElement.Of(r, BlockGenerator.C);
        var s = BlockElement.Identity(r) + (K * c);
        var sInverse = BlockElement.Of(r, BlockGenerator.SInverse);
        var rh = BlockElement.Of(r, BlockGenerator.Rh);

        Assert.Equal(BlockElement.Identity(r), s * sInverse);
        Assert.Equal(BlockElement.Identity(r), sInverse * s);
        Assert.Equal(c * sInverse, sInverse * c);
        Assert.NotEqual(rh * sInverse, sInverse * rh);
    }

    [Fact]
    public void Commutation_HoldsOnlyUnderTheHypothesis()
    {
        var free = BlockRelations.Free;
        var assumed = BlockRelations.CommutingRotation;

        Assert.False(Commutator(free).IsZero);
        Assert.True(Commutator(assumed).IsZero);
    }

    [Fact]
    public void Equation32_EulerBracket_InBothSystems()
    {
        // E^T (J (x) R) + (J (x) R) E = [[b (R^ C - C R^), 0], [0, 0]]
        foreach (var relations in new[] { BlockRelations.Free, BlockRelations.CommutingRotation })
        {
            var (e, jr, b) = Build(relations);
            var lhs = (e.Transpose() * jr) + (jr * e);
            var z = BlockElement.Zero(relations);

            Assert.Equal(new BlockMatrix(b * Commutator(relations), z, z, z), lhs);
            Assert.Equal(relations.Commuting, lhs.IsZero);
        }
    }

    [Fact]
    public void Latex_GroupsPowersAndSigns()
    {
        var r = BlockRelations.CommutingRotation;
        var c = BlockElement.Of(r, BlockGenerator.C);
        var rh = BlockElement.Of(r, BlockGenerator.Rh);

        // R^ C C - 2 C: normal form C^2 R^ after the rewriting, the -2 C term first (shorter word)
        var x = (rh * c * c) - (2 * c);

        Assert.Equal(@"-2 C + {C}^{2} \hat R", x.ToLatex());
    }

    private static BlockElement Commutator(BlockRelations r)
    {
        var c = BlockElement.Of(r, BlockGenerator.C);
        var rh = BlockElement.Of(r, BlockGenerator.Rh);
        return (rh * c) - (c * rh);
    }

    private static (BlockMatrix E, BlockMatrix JR, Expr B) Build(BlockRelations r)
    {
        var a = Expr.Exp(T / Eps);
        var b = -Expr.Exp(-T / Eps) / Eps;
        var z = BlockElement.Zero(r);
        var c = BlockElement.Of(r, BlockGenerator.C);
        var rh = BlockElement.Of(r, BlockGenerator.Rh);
        var e = new BlockMatrix(z, BlockElement.Scalar(r, a), b * c, z);
        var jr = new BlockMatrix(z, rh, -rh, z);
        return (e, jr, b);
    }

    private static BlockElement RandomElement(BlockRelations relations, Random random)
    {
        BlockGenerator[] letters = relations.SchurCoefficient is null
            ? [BlockGenerator.C, BlockGenerator.Rh]
            : [BlockGenerator.C, BlockGenerator.Rh, BlockGenerator.SInverse];
        var terms = new List<(BlockWord, Expr)>();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var length = random.Next(0, 4);
            var word = new BlockWord(
                Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]));
            Expr coefficient = random.Next(1, 5) * (random.Next(2) == 0 ? Expr.One : Eps);
            terms.Add((word, coefficient));
        }

        return BlockElement.Combination(relations, terms);
    }
}
