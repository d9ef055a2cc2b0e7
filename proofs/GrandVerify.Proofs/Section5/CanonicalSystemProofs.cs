using GrandVerify.Statements;
using GrandVerify.Statements.Section5;
using static GrandVerify.Statements.Section5.CanonicalBlocks;

namespace GrandVerify.Proofs.Section5;

/// <summary>The canonical system (30), its bracket (32) and the discrete criterion (33).</summary>
public sealed class CanonicalSystemProofs
{
    [Fact]
    public void Eq30_CanonicalSystem()
    {
        ProofAssert.Verdict("eq30", Verdict.Holds);
        Assert.Equal(E(Free), Eq30CanonicalSystem.Derived(Free, -1));

        // negative control: the printed sign of (20) gives the flipped E
        Assert.NotEqual(E(Free), Eq30CanonicalSystem.Derived(Free, 1));
        Assert.Equal(E(Free, -1), Eq30CanonicalSystem.Derived(Free, 1));
        Assert.True(Eq30CanonicalSystem.ForceGradientMismatch(NumericCase.Generic)
            <= Eq30CanonicalSystem.GradientTolerance);
    }

    [Fact]
    public void Eq32_CanonicalBracket()
    {
        ProofAssert.Verdict("eq32", Verdict.Holds);
        Assert.True(Eq32CanonicalBracket.Derived(Commuting).IsZero);
        Assert.Equal(Eq32CanonicalBracket.Expected(Free), Eq32CanonicalBracket.Derived(Free));

        // negative controls: no hypothesis (algebra, n = 2 symbolic, n = 3 numeric);
        // a flipped sign of C still gives zero (the identity does not depend on it)
        Assert.False(Eq32CanonicalBracket.Derived(Free).IsZero);
        Assert.False(Eq32CanonicalBracket.VanishesAt(SymbolicCase.Generic));
        Assert.True(Eq32CanonicalBracket.NumericDefect(NumericCase.Generic) > 1e-3);
        Assert.True(Eq32CanonicalBracket.Derived(Commuting, -1).IsZero);
    }

    [Fact]
    public void Eq33_DiscreteConservation()
    {
        ProofAssert.Verdict("eq33", Verdict.Holds);
        var n = NumericCase.WithCommuting;
        Assert.True(Eq33DiscreteConservation.FormMismatch(n, [n.Y]) <= NumericCase.RoundingTolerance);

        // negative control: +1/2 instead of -1/2 is -Q
        Assert.True(NumericCase.Relative(0.5 * (n.Y * n.JR * n.Y), n.Q(n.Y)) > 1);
    }
}
