namespace GrandVerify.Statements.Section2;

/// <summary>(4): dc(u)/dv = (du/dv)(dc/du) with the layout (3), decided exactly on a nonlinear
/// map with a nonsymmetric Jacobian and an opaque scalar function (see <see cref="ChainRule"/>).</summary>
public sealed class Eq04ChainRule : Statement
{
    public override string Id => "eq4";

    public override string Claim =>
        "Chain rule: ∂c(u)/∂v = (∂u/∂v) ∂c(u)/∂u for a scalar c, with the layout of (3).";

    protected override Finding Decide()
    {
        var residuals = ChainRule.Residuals(ChainRule.Layout()).ToList();
        var holds = residuals.All(e => e.IsZero);
        return holds
            ? new Finding(Verdict.Holds,
                "With (3) as the layout, (∂u/∂v)(∂c/∂u) − ∂c(u(v))/∂v is exactly zero for "
                + "c = g(uᵀMu), g opaque, M symmetric symbolic, u(v) nonlinear in R³.")
            {
                Forms = [new DerivedForm("chain rule", @"\frac{\partial c}{\partial v^I} = \sum_J "
                    + @"\frac{\partial u^J}{\partial v^I}\frac{\partial c}{\partial u^J}")],
            }
            : new Finding(Verdict.FalseAsPrinted, "the chain rule (4) with layout (3) leaves a residual");
    }
}
