using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>Atoms are shared process-wide: building them from several threads at once must
/// give one atom per argument class and the same verdicts as one thread.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void ParallelConstruction_YieldsTheSameAtoms()
    {
        // g((x + k)^2) built as a square and as an expansion, from 8 threads
        var atoms = new FunctionAtom[8, 2];
        Parallel.For(0, 8, i =>
        {
            var k = Expr.Sym($"k{i % 2}");
            var x = Expr.Sym("x");
            Assert.True(Expr.Function("h", (x + k).Pow(2)).TryGetSingleAtom(out var a));
            Assert.True(Expr.Function("h", x * x + 2 * x * k + k * k).TryGetSingleAtom(out var b));
            atoms[i, 0] = (FunctionAtom)a;
            atoms[i, 1] = (FunctionAtom)b;
        });

        for (var i = 0; i < 8; i++)
        {
            Assert.Same(atoms[i % 2, 0], atoms[i, 0]);
            Assert.Same(atoms[i, 0], atoms[i, 1]);
        }

        Assert.NotSame(atoms[0, 0], atoms[1, 0]);
    }

    [Fact]
    public void ParallelIdentities_AgreeWithSequential()
    {
        var verdicts = new bool[4];
        Parallel.For(0, 4, i =>
            verdicts[i] = SymbolicWorkloads.ChargeMatrixIdentity(2, 2 + i % 2).Identity);
        Assert.All(verdicts, Assert.True);
    }
}
