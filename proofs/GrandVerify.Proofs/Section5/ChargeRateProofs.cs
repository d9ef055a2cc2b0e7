using GrandVerify.Statements;
using GrandVerify.Statements.Section4;
using GrandVerify.Statements.Section5;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;

namespace GrandVerify.Proofs.Section5;

/// <summary>The rate of the charge in the variables Y = (x, P): (27), (28), (29).</summary>
public sealed class ChargeRateProofs
{
    [Fact]
    public void Eq27_ChargeRate()
    {
        ProofAssert.Verdict("eq27", Verdict.Holds);

        // derived = printed last line for both signs; chain rule at n = 2, d = 2 agrees
        Assert.Equal(Eq27ChargeRate.Printed(Free, -1), Eq27ChargeRate.Derived(Free, -1));
        var rate = Eq27ChargeRate.ConcreteRate(1);
        var printed = SymbolicCase.Generic.Realisation.Evaluate(Eq27ChargeRate.Printed(Free, 1));
        Assert.Equal(SymbolicCase.Quadratic(printed), rate);

        // negative control: the rate for the other sign of C differs
        Assert.NotEqual(Eq27ChargeRate.ConcreteRate(-1), rate);
    }

    [Fact]
    public void Eq28_ConservationCondition()
    {
        var finding = ProofAssert.Verdict("eq28", Verdict.FalseAsPrinted);
        Assert.Contains(finding.Forms, f => f.Latex == Eq28ConservationCondition.CorrectedLatex);

        // printed condition = the quadratic form of (1/eps) J(x)R, i.e. "Q = 0"
        Assert.True(Eq28ConservationCondition.Printed(Free, 1).SameQuadraticForm((1 / Eps) * JR(Free)));
        Assert.False(Eq28ConservationCondition.Derived(Free, 1).SameQuadraticForm((1 / Eps) * JR(Free)));

        // under C R^ = R^ C the derived condition matrix vanishes: Q is conserved
        Assert.True(Eq28ConservationCondition.Derived(Commuting, 1).IsZero);
        Assert.True(Eq28ConservationCondition.Derived(Commuting, -1).IsZero);
    }

    [Fact]
    public void Eq29_ChargeDerivativeBlocks()
    {
        ProofAssert.Verdict("eq29", Verdict.Holds);
        foreach (var sign in new[] { 1, -1 })
        {
            Assert.Equal((1 / Eps) * JR(Commuting), Eq29ChargeDerivativeBlocks.Derived(Commuting, sign));

            // negative control: drop C R^ = R^ C and the defect (s/eps)[[R^C - CR^, 0], [0, 0]] remains
            var defect = Eq29ChargeDerivativeBlocks.Derived(Free, sign) - ((1 / Eps) * JR(Free));
            Assert.Equal(Eq29ChargeDerivativeBlocks.Defect(Free, sign), defect);
            Assert.False(defect.IsZero);
            Assert.False(Eq29ChargeDerivativeBlocks.HoldsAt(SymbolicCase.Generic, sign));
        }
    }
}
