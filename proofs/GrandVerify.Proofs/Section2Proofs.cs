using GrandVerify.Statements;
using GrandVerify.Statements.Derivation;
using GrandVerify.Statements.Section2;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Proofs;

/// <summary>Section 2: the graph gradient (1), the norm (2), the layout (3), the chain rule (4)
/// and the functional derivative (5).</summary>
public sealed class Section2Proofs
{
    [Fact]
    public void Eq01_GraphGradient()
    {
        var finding = ProofAssert.Verdict("eq1", Verdict.HoldsUpToConvention);
        Assert.Contains("(j,i) ∈ E", finding.Detail, StringComparison.Ordinal);

        // |x_i - x_j|^2 is symmetric; a nonzero loop distance would be a negative control
        var m = ModelCatalog.Get(3, 3, GraphShape.Complete);
        Assert.True((m.SquaredDistance(0, 2) - m.SquaredDistance(2, 0)).IsZero);
        Assert.False(m.SquaredDistance(0, 2).IsZero);
        Assert.True(m.SquaredDistance(1, 1).IsZero);
    }

    [Fact]
    public void Eq02_EuclideanNorm()
    {
        ProofAssert.Verdict("eq2", Verdict.Holds);

        // negative control: a symmetric (not skew) generator does not preserve u^T v
        var u = Expr.Sym("u1");
        var v = Expr.Sym("v1");
        var s = Expr.Sym("s");
        Assert.False((s * u * v + u * s * v).IsZero);
    }

    [Fact]
    public void Eq03_DerivativeLayout()
    {
        ProofAssert.Verdict("eq3", Verdict.Holds);
        ProofAssert.AllZero(ChainRule.Residuals(ChainRule.Layout()), "layout (3) in (4)");
        ProofAssert.SomeNonzero(ChainRule.Residuals(ChainRule.Layout(transposed: true)), "Jacobian layout in (4)");
    }

    [Fact]
    public void Eq04_ChainRule()
    {
        ProofAssert.Verdict("eq4", Verdict.Holds);

        // negative control: dropping one column of du/dv breaks (4)
        var layout = ChainRule.Layout();
        var zeroed = ExprMatrix.Build(layout.Rows, layout.Cols, (i, j) => j == 0 ? Expr.Zero : layout[i, j]);
        ProofAssert.SomeNonzero(ChainRule.Residuals(zeroed), "(4) with a column of (3) dropped");
    }

    [Fact]
    public void Eq05_FunctionalDerivative()
    {
        var finding = ProofAssert.Verdict("eq5", Verdict.FalseAsPrinted);
        Assert.Contains("(−1)^m", finding.Detail, StringComparison.Ordinal);
        var jet = Eq05FunctionalDerivative.Jet;
        var chain = jet.Chains[0];

        // with (-1)^m a total derivative has zero functional derivative; the printed sum does not
        Assert.True(FunctionalDerivative.Apply(Eq05FunctionalDerivative.NullLagrangian, jet, chain).IsZero);
        Assert.False(FunctionalDerivative.Apply(
            Eq05FunctionalDerivative.NullLagrangian, jet, chain, alternating: false).IsZero);

        // on (11): printed - correct = 2 D_t (e^{-t/eps} P)
        var m = ModelCatalog.Shown;
        var printed = FunctionalDerivative.Apply(
            m.Lagrangian, m.Jet, [m.X[0, 1], m.V[0, 1], m.Acceleration[0, 1]], alternating: false);
        Assert.True((printed - m.EulerLagrange[0, 1] - 2 * m.Jet.TimeDerivative(m.Decay * Expr.Of(m.V[0, 1]))).IsZero);

        // negative control: F = q'^2 is not a null Lagrangian, its Euler-Lagrange expression is -2 q''
        var q1 = chain[1];
        var f = Expr.Of(q1) * q1;
        Assert.True((FunctionalDerivative.Apply(f, jet, chain) + 2 * Expr.Of(chain[2])).IsZero);
    }
}
