using GrandVerify.Numerics.Integrators;
using GrandVerify.Statements;
using GrandVerify.Statements.Section5;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;

namespace GrandVerify.Proofs.Section5;

/// <summary>Forward and backward Euler: (34)-(38), Propositions 1 and 2.</summary>
public sealed class EulerProofs
{
    [Fact]
    public void Eq34_ForwardEuler()
    {
        ProofAssert.Verdict("eq34", Verdict.Holds);

        // negative control: the backward Euler step is not y + h E(y) y
        Assert.True(Eq34ForwardEuler.Mismatch(NumericCase.WithCommuting, new BackwardEuler()) > 1e-6);
    }

    [Fact]
    public void Eq35_EulerExpansion()
    {
        ProofAssert.Verdict("eq35", Verdict.Holds);
        Assert.Equal(Eq35EulerExpansion.Printed(Free), Eq35EulerExpansion.Derived(Free));

        // negative control: dropping the h^2 term breaks the identity
        var (e, jr) = (E(Free), JR(Free));
        Assert.NotEqual(jr + (H * ((e.Transpose() * jr) + (jr * e))), Eq35EulerExpansion.Derived(Free));
    }

    [Fact]
    public void Eq36_EulerQuadraticTerm()
    {
        var finding = ProofAssert.Verdict("eq36", Verdict.FalseAsPrinted);
        Assert.Contains(finding.Forms, f => f.Latex == Eq36EulerQuadraticTerm.CorrectedLatex);

        // E^T JR E = (1/eps)[[0, C R^], [-R^ C, 0]] = (1/eps) diag(C, C) JR, not the print
        Assert.Equal(Eq36EulerQuadraticTerm.Expected(Free), Eq36EulerQuadraticTerm.Derived(Free));
        var diagonal = (1 / Eps) * Diag(C(Commuting)) * JR(Commuting);
        Assert.Equal(diagonal, Eq36EulerQuadraticTerm.Derived(Commuting));
        Assert.NotEqual(Eq36EulerQuadraticTerm.Printed(Commuting), Eq36EulerQuadraticTerm.Derived(Commuting));

        // negative control: without C R^ = R^ C the diag(C, C) form is wrong
        Assert.NotEqual((1 / Eps) * Diag(C(Free)) * JR(Free), Eq36EulerQuadraticTerm.Derived(Free));
    }

    [Fact]
    public void Eq37_BackwardEuler()
    {
        ProofAssert.Verdict("eq37", Verdict.Holds);
        Assert.Equal(Eq37BackwardEuler.Expected(Free), Eq37BackwardEuler.Product(Free));

        // negative control: forward Euler does not satisfy (37)
        Assert.True(Eq37BackwardEuler.Residual(NumericCase.WithCommuting, new ForwardEuler()) > 1e-6);
    }

    [Fact]
    public void Eq38_BackwardEulerDrift()
    {
        ProofAssert.Verdict("eq38", Verdict.Holds);
        Assert.Equal(Eq38BackwardEulerDrift.Expected(Commuting), Eq38BackwardEulerDrift.Remainder(Commuting));

        // negative control: without the hypothesis an O(h) term appears
        Assert.NotEqual(Eq38BackwardEulerDrift.Expected(Free), Eq38BackwardEulerDrift.Remainder(Free));
        Assert.True(Eq38BackwardEulerDrift.Mismatch(NumericCase.Generic) > 1e-3);
    }

    [Fact]
    public void Proposition1_ForwardEulerDrift()
    {
        ProofAssert.Verdict("prop1", Verdict.Holds);
        Assert.True(Proposition1ForwardEulerDrift.ConcreteResidual(SymbolicCase.WithCommuting).IsZero);
        Assert.False(Proposition1ForwardEulerDrift.ConcreteResidual(SymbolicCase.Generic).IsZero);
        var euler = Shift(Commuting, H, E(Commuting));
        Assert.True(Proposition1ForwardEulerDrift.Drift(Commuting, euler)
            .SameQuadraticForm(Proposition1ForwardEulerDrift.Pairing(Commuting, -1)));
        Assert.True(Proposition1ForwardEulerDrift.Mismatch(NumericCase.WithCommuting)
            <= NumericCase.RoundingTolerance);

        // negative controls: wrong sign of the drift; no hypothesis (algebra and numerics)
        Assert.False(Proposition1ForwardEulerDrift.Drift(Commuting, euler)
            .SameQuadraticForm(Proposition1ForwardEulerDrift.Pairing(Commuting, 1)));
        Assert.True(Proposition1ForwardEulerDrift.Mismatch(NumericCase.Generic) > 1e-3);

        // flipping the sign of C in E flips the drift
        var flipped = Shift(Commuting, H, E(Commuting, -1));
        Assert.True(Proposition1ForwardEulerDrift.Drift(Commuting, flipped)
            .SameQuadraticForm(Proposition1ForwardEulerDrift.Pairing(Commuting, 1)));
    }

    [Fact]
    public void Proposition2_BackwardEulerDrift()
    {
        ProofAssert.Verdict("prop2", Verdict.Holds);
        Assert.True(Proposition2BackwardEulerDrift.ConcreteResidual(SymbolicCase.WithCommuting).IsZero);
        Assert.False(Proposition2BackwardEulerDrift.ConcreteResidual(SymbolicCase.Generic).IsZero);
        Assert.True(Proposition2BackwardEulerDrift.Mismatch(NumericCase.WithCommuting)
            <= NumericCase.SolverTolerance);

        // negative controls: forward Euler's formula (at y_k, minus sign) is not backward Euler's
        var n = NumericCase.WithCommuting;
        var h = Proposition2BackwardEulerDrift.NumericStep;
        var change = OneStepDrift.Change(n, new BackwardEuler(), h, n.Eps);
        Assert.True(NumericCase.Relative(change, -h * h / n.Eps * n.ForceRotationPairing(n.Y)) > 1);
        Assert.True(Proposition2BackwardEulerDrift.Mismatch(NumericCase.Generic) > 1e-3);
    }
}
