using GrandVerify.Numerics.Integrators;
using GrandVerify.Statements;
using GrandVerify.Statements.Section5;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;

namespace GrandVerify.Proofs.Section5;

/// <summary>The midpoint scheme (39)-(41), Proposition 3 and Remark 1.</summary>
public sealed class MidpointProofs
{
    [Fact]
    public void Eq39_MidpointScheme()
    {
        ProofAssert.Verdict("eq39", Verdict.Holds);
        Assert.True(Eq39MidpointScheme.Residual(SchurFree).IsZero);

        // negative control: forward Euler's I + hE does not solve the recombined (39)
        var euler = Shift(SchurFree, H, E(SchurFree));
        var minus = Shift(SchurFree, -H / 2, E(SchurFree));
        Assert.False(((minus * euler) - Shift(SchurFree, H / 2, E(SchurFree))).IsZero);
    }

    [Fact]
    public void Eq40_MidpointMapPreservesForm()
    {
        var finding = ProofAssert.Verdict("eq40", Verdict.Holds);
        Assert.Contains(finding.Forms, f => f.Latex == Eq40MidpointMap.ConditionLatex);

        // factorisations and the preserved form
        Assert.Equal(Shift(Free, -H / 2, E(Free)), Eq40MidpointMap.LowerUpper(Free));
        var (mp, pm) = Eq40MidpointMap.Products(SchurFree);
        Assert.Equal(Diag(S(SchurFree)), mp);
        Assert.Equal(Diag(S(SchurFree)), pm);
        Assert.True(ChargeDefect(SchurCommuting, P(SchurCommuting, E(SchurCommuting))).IsZero);
        Assert.Equal(Eq40MidpointMap.PrintedSquaredForm(Commuting), Eq40MidpointMap.SquaredForm(Commuting));

        // negative controls: no hypothesis; flipped sign of C (S becomes I - h^2/(4eps) C); forward Euler
        Assert.False(ChargeDefect(SchurFree, P(SchurFree, E(SchurFree))).IsZero);
        Assert.NotEqual(Diag(S(SchurFree)), Eq40MidpointMap.Products(SchurFree, -1).MinusPlus);
        Assert.False(ChargeDefect(SchurCommuting, P(SchurCommuting, E(SchurCommuting, -1))).IsZero);
        Assert.False(ChargeDefect(Commuting, Shift(Commuting, H, E(Commuting))).IsZero);

        // the singular step: the diagonal blocks are I, yet I - h*/2 E is singular
        var (lambda, _, sigma) = Eq40MidpointMap.SingularStep(NumericCase.WithCommuting);
        Assert.True(lambda < 0);
        Assert.True(sigma <= Eq40MidpointMap.SingularityTolerance);
    }

    [Fact]
    public void Eq41_ImplicitMidpointRule()
    {
        ProofAssert.Verdict("eq41", Verdict.HoldsUpToConvention);
        var n = NumericCase.WithCommuting;
        Assert.True(Eq41ImplicitMidpointRule.Residual(n, 0.5) <= NumericCase.SolverTolerance);

        // negative controls: E at t_k or t_{k+1} misses; modified midpoint has order 1, not 2
        Assert.True(Eq41ImplicitMidpointRule.Residual(n, 0.0) > NumericCase.SolverTolerance);
        Assert.True(Eq41ImplicitMidpointRule.Residual(n, 1.0) > NumericCase.SolverTolerance);
        Assert.True(Math.Abs(Eq41ImplicitMidpointRule.ObservedOrder(n, new ModifiedMidpoint()) - 1)
            <= Eq41ImplicitMidpointRule.OrderTolerance);
    }

    [Fact]
    public void Proposition3_ImplicitMidpoint()
    {
        ProofAssert.Verdict("prop3", Verdict.Holds);
        var n = NumericCase.WithCommuting;
        var midpoint = Proposition3ImplicitMidpoint.WindowDrift(n, new ImplicitMidpoint());
        Assert.True(midpoint <= NumericCase.RoundingTolerance);

        // negative controls: forward Euler in place of the midpoint map; [W, R] != 0
        Assert.True(Proposition3ImplicitMidpoint.WindowDrift(n, new ForwardEuler()) > 1e3 * midpoint);
        Assert.True(Proposition3ImplicitMidpoint.WindowDrift(NumericCase.Generic, new ImplicitMidpoint())
            > NumericCase.RoundingTolerance);
    }

    [Fact]
    public void Remark1_HalfStepDecomposition()
    {
        ProofAssert.Verdict("remark1", Verdict.Holds);
        var e = E(SchurFree);
        Assert.Equal(P(SchurFree, e), Remark1HalfStepDecomposition.Composite(SchurFree, e));
        Assert.True(Remark1HalfStepDecomposition.MeanDefect(SchurFree, E(SchurFree)).IsZero);

        // negative control: two forward Euler half steps are not the midpoint map
        var half = Shift(SchurFree, H / 2, E(SchurFree));
        Assert.NotEqual(P(SchurFree, E(SchurFree)), half * half);
        Assert.True(Remark1HalfStepDecomposition.FrozenPointDefect(NumericCase.WithCommuting)
            <= NumericCase.RoundingTolerance);
    }
}
