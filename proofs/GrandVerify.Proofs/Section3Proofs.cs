using GrandVerify.Statements;
using GrandVerify.Statements.Derivation;
using GrandVerify.Statements.Section3;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Proofs;

/// <summary>Section 3: the action, the scores and couplings, the Euler-Lagrange equations, the
/// force matrix C of (19), the system (20) and the Hamiltonian (21)-(22).</summary>
public sealed class Section3Proofs
{
    [Fact]
    public void Eq06_ActionWithPotential()
    {
        ProofAssert.Verdict("eq6", Verdict.Holds);

        // negative control: a symmetric perturbation S_12 = S_21 does enter
        var m = ModelCatalog.Get(2, 2, GraphShape.Complete);
        var s = Expr.Sym("S_12");
        Assert.False((s * m.SquaredDistance(0, 1) + s * m.SquaredDistance(1, 0)).IsZero);
    }

    [Fact]
    public void Eq07_KeyQueryProduct()
    {
        ProofAssert.Verdict("eq7", Verdict.Holds);
        var (x1, x2) = (KeyQueryScores.X1, KeyQueryScores.X2);
        Assert.False((KeyQueryScores.M(x1, x2) - KeyQueryScores.M(x2, x1)).IsZero);
    }

    [Fact]
    public void Eq08_SymmetrisedScore()
    {
        ProofAssert.Verdict("eq8", Verdict.Holds);
        var (x1, x2) = (KeyQueryScores.X1, KeyQueryScores.X2);
        Assert.True((KeyQueryScores.C(x1, x2) - KeyQueryScores.C(x2, x1)).IsZero);

        // negative control: M_ij - M_ji is antisymmetric, not symmetric
        Assert.False((KeyQueryScores.M(x1, x2) - KeyQueryScores.M(x2, x1)
            - (KeyQueryScores.M(x2, x1) - KeyQueryScores.M(x1, x2))).IsZero);
    }

    [Fact]
    public void Eq09_Couplings()
    {
        ProofAssert.Verdict("eq9", Verdict.Holds);

        // negative control: with a nonsymmetric W the couplings are not symmetric
        var m = ModelCatalog.Get(2, 2, GraphShape.Complete, symmetricW: false);
        Assert.False((m.Couplings[0, 1] - m.Couplings[1, 0]).IsZero);
    }

    [Fact]
    public void Eq10_Action() => ProofAssert.Verdict("eq10", Verdict.Holds);

    [Fact]
    public void Eq11_Lagrangian()
    {
        ProofAssert.Verdict("eq11", Verdict.Holds);
        var m = ModelCatalog.Get(3, 2, GraphShape.Path);
        Assert.True((m.Lagrangian.Diff(m.V[1, 0]).Diff(m.V[1, 0]) - m.Decay).IsZero);
        Assert.True(m.Lagrangian.Diff(m.V[1, 0]).Diff(m.V[2, 0]).IsZero);
    }

    [Fact]
    public void Eq12_EulerLagrange()
    {
        ProofAssert.Verdict("eq12", Verdict.Holds);

        // negative control: the printed (5) without (-1)^m does not give (12)
        var m = ModelCatalog.Shown;
        var printed = FunctionalDerivative.Apply(
            m.Lagrangian, m.Jet, [m.X[1, 0], m.V[1, 0], m.Acceleration[1, 0]], alternating: false);
        Assert.False((printed - m.EulerLagrange[1, 0]).IsZero);
    }

    [Fact]
    public void Eq13_CouplingBlocks()
    {
        ProofAssert.Verdict("eq13", Verdict.Holds);
        var m = ModelCatalog.Get(3, 4, GraphShape.Complete);
        ProofAssert.AllZero(Eq13CouplingBlocks.Residuals(m), "A x + grad U / 2 (K3, d = 4)");

        // negative control: A with the opposite sign is not the force
        var flipped = (-m.CouplingBlocks) * m.PositionColumn;
        ProofAssert.SomeNonzero(Identities.Differences(flipped,
            m.PerComponent((i, a) => -m.Gradient[i, a] / 2)), "-A x + grad U / 2");
        Assert.False((m.CouplingBlocks - m.ForceMatrix).IsZero);
    }

    [Fact]
    public void Eq14_SecondOrderEquation()
    {
        ProofAssert.Verdict("eq14", Verdict.Holds);
        var m = ModelCatalog.Get(3, 3, GraphShape.Path);
        var left = Eq14SecondOrderEquation.LeftSide(m);

        // negative control: without the damping term 1/eps x' the equation is not Euler-Lagrange
        var undamped = m.PerComponent((i, a) => left[i, a] - Expr.Of(m.V[i, a]) / Expr.Of(m.Eps));
        ProofAssert.SomeNonzero(Identities.Differences(
            m.PerComponent((i, a) => m.Growth * m.EulerLagrange[i, a]), undamped), "undamped (14)");
    }

    [Fact]
    public void Eq15_DiffusionLimit() => ProofAssert.Verdict("eq15", Verdict.Holds);

    [Fact]
    public void Eq16_Momenta()
    {
        ProofAssert.Verdict("eq16", Verdict.Holds);
        var m = ModelCatalog.Shown;
        Assert.False((m.Momenta[0, 0] - m.Growth * Expr.Of(m.V[0, 0])).IsZero);
    }

    [Fact]
    public void Eq17_FirstOrderSystem()
    {
        ProofAssert.Verdict("eq17", Verdict.Holds);

        // the derived acceleration is (1/eps)(P + grad U / 2), and not (1/eps)(P - grad U / 2)
        var m = ModelCatalog.Get(3, 4, GraphShape.Complete);
        var eps = Expr.Of(m.Eps);
        ProofAssert.AllZero(Identities.Differences(m.AccelerationFlow,
            m.PerComponent((i, a) => (Expr.Of(m.V[i, a]) + m.Gradient[i, a] / 2) / eps)), "P'");
        ProofAssert.SomeNonzero(Identities.Differences(m.AccelerationFlow,
            m.PerComponent((i, a) => (Expr.Of(m.V[i, a]) - m.Gradient[i, a] / 2) / eps)), "P' with the force reversed");
    }

    [Fact]
    public void Eq18_ScoreMatrix()
    {
        ProofAssert.Verdict("eq18", Verdict.Holds);
        var general = ModelCatalog.Get(2, 2, GraphShape.Complete, symmetricW: false);
        Assert.False((general.Scores[0, 1] - general.Scores[1, 0]).IsZero);
    }

    [Fact]
    public void Eq19_ForceMatrix()
    {
        var finding = ProofAssert.Verdict("eq19", Verdict.HoldsUpToConvention);
        Assert.Contains("softmax", finding.Detail, StringComparison.Ordinal);

        // C x + 1/2 grad U = 0 exactly, C symmetric (K3, d = 4, opaque g)
        var m = ModelCatalog.Get(3, 4, GraphShape.Complete);
        ProofAssert.AllZero(Eq19ForceMatrix.ForceResiduals(m), "C x + grad U / 2");
        Assert.True((m.ForceMatrix - m.ForceMatrix.Transpose()).IsZero);

        // the paper's softmax: not the gradient, but exactly the stated normaliser relation
        var softmax = ModelCatalog.Softmax;
        ProofAssert.SomeNonzero(Eq19ForceMatrix.ForceResiduals(softmax), "softmax C x + grad U / 2");
        ProofAssert.AllZero(Eq19ForceMatrix.SoftmaxRelation(softmax), "softmax normaliser relation");

        // negative controls: C with the sign flipped, and C built on a nonsymmetric W
        var flipped = (-m.ForceMatrix) * m.PositionColumn;
        ProofAssert.SomeNonzero(Identities.Differences(flipped,
            m.PerComponent((i, a) => -m.Gradient[i, a] / 2)), "-C x + grad U / 2");
        var general = ModelCatalog.Get(2, 2, GraphShape.Complete, symmetricW: false);
        Assert.False((general.ForceMatrix - general.ForceMatrix.Transpose()).IsZero);
    }

    [Fact]
    public void Eq20_FirstOrderSystem()
    {
        var finding = ProofAssert.Verdict("eq20", Verdict.FalseAsPrinted);
        Assert.Contains(@"-C(Y)", finding.Forms[0].Latex, StringComparison.Ordinal);
        var m = ModelCatalog.Get(3, 3, GraphShape.Complete);
        ProofAssert.AllZero(Eq20FirstOrderMatrix.Residuals(m, -1), "B with -C");
        ProofAssert.SomeNonzero(Eq20FirstOrderMatrix.Residuals(m, +1), "B as printed");

        // the printed residual is exactly (2/eps) C x in the P rows
        var gap = (m.FirstOrderMatrix(+1) - m.FirstOrderMatrix(-1)) * m.StateColumn(m.VelocityColumn);
        var cx = m.ForceMatrix * m.PositionColumn;
        var nd = m.N * m.D;
        ProofAssert.AllZero(Enumerable.Range(0, nd).Select(k =>
            gap[nd + k, 0] - 2 * cx[k, 0] / Expr.Of(m.Eps)), "(2/eps) C x");
    }

    [Fact]
    public void Eq21_Hamiltonian()
    {
        ProofAssert.Verdict("eq21", Verdict.Holds);

        // negative control: with + U/(2 eps) the third line is the Lagrangian, not H
        var m = ModelCatalog.Get(3, 2, GraphShape.Complete);
        Assert.False((m.VelocityHamiltonian - m.Lagrangian).IsZero);
        Assert.True((m.Hamiltonian - Eq21Hamiltonian.Canonical(m)).IsZero);
    }

    [Fact]
    public void Eq22_EnergyBalance()
    {
        ProofAssert.Verdict("eq22", Verdict.Holds);
        var m = ModelCatalog.Get(3, 4, GraphShape.Complete);
        ProofAssert.AllZero(Eq22EnergyBalance.Residuals(m), "(22), K3, d = 4");

        // negative control: H is not conserved along the flow
        Assert.False(m.TimeDerivativeAlongFlow(m.VelocityHamiltonian).IsZero);
    }
}
