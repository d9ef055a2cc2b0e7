using GrandVerify.Symbolic.Blocks;

namespace GrandVerify.Symbolic.Tests.Blocks;

/// <summary>Oracle test: the normal form of a random word, realised at n = 2, d = 2 with exact
/// rational matrices satisfying the relations, equals the plain matrix product of its letters;
/// with a realisation that violates C R^ = R^ C the normal form must disagree somewhere.</summary>
public sealed class BlockRealisationTests
{
    private const int Seed = 20240603;
    private static readonly Rational K = new(1, 3);

    [Fact]
    public void NormalForm_AgreesWithMatrixProduct_OnARealisationOfTheRelations()
    {
        var relations = BlockRelations.Create(commuting: true, K);
        var realisation = Realise(commutingC: true);
        var random = new Random(Seed);
        for (var trial = 0; trial < 30; trial++)
        {
            var word = RandomWord(random);

            var normal = realisation.Evaluate(BlockElement.Combination(relations, [(word, Expr.One)]));

            Assert.True((normal - Product(realisation, word)).IsZero, $"seed {Seed}, word {word}");
        }
    }

    [Fact]
    public void NormalForm_Disagrees_WhenTheRealisationBreaksTheHypothesis()
    {
        var relations = BlockRelations.Create(commuting: true, K);
        var realisation = Realise(commutingC: false);
        var word = BlockWord.Of(BlockGenerator.Rh, BlockGenerator.C);

        var normal = realisation.Evaluate(BlockElement.Combination(relations, [(word, Expr.One)]));

        Assert.False((normal - Product(realisation, word)).IsZero);
    }

    private static ExprMatrix Product(BlockRealisation realisation, BlockWord word)
    {
        var product = ExprMatrix.Identity(realisation.Size);
        foreach (var g in word.Letters)
        {
            product *= Letter(realisation, g);
        }

        return product;
    }

    private static ExprMatrix Letter(BlockRealisation realisation, BlockGenerator g) =>
        realisation.Evaluate(BlockElement.Combination(BlockRelations.Free, [(BlockWord.Of(g), Expr.One)]));

    private static BlockRealisation Realise(bool commutingC)
    {
        // R^ = I_2 (x) [[0, -1], [1, 0]];  C blocks alpha I + beta J, beta_sr = -beta_rs
        var j = ExprMatrix.FromRows([[0, -1], [1, 0]]);
        var rh = ExprMatrix.Kronecker(ExprMatrix.Identity(2), j);
        var c = ExprMatrix.FromRows(
        [
            [3, 0, 1, 2],
            [0, 3, -2, 1],
            [1, -2, -5, 0],
            [2, 1, 0, -5],
        ]);
        if (!commutingC)
        {
            c = c + ExprMatrix.FromRows([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
        }

        // S^{-1} = (I + k C)^{-1}, exact
        var s = ExprMatrix.Identity(4) + ((Expr)K * c);
        var sInverse = s.Solve(ExprMatrix.Identity(4));
        return new BlockRealisation(4, new Dictionary<BlockGenerator, ExprMatrix>
        {
            [BlockGenerator.C] = c,
            [BlockGenerator.Rh] = rh,
            [BlockGenerator.SInverse] = sInverse,
        });
    }

    private static BlockWord RandomWord(Random random)
    {
        BlockGenerator[] letters = [BlockGenerator.C, BlockGenerator.Rh, BlockGenerator.SInverse];
        return new BlockWord(Enumerable.Range(0, random.Next(1, 6)).Select(_ => letters[random.Next(3)]));
    }
}
