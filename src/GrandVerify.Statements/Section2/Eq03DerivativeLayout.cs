namespace GrandVerify.Statements.Section2;

/// <summary>
/// (3): the matrix du/dv with entry (I, J) = du^J/dv^I. A definition; decided as a convention:
/// with this layout the chain rule (4) holds exactly, with the usual Jacobian layout it fails for
/// a map whose Jacobian is not symmetric (see <see cref="ChainRule"/>).
/// </summary>
public sealed class Eq03DerivativeLayout : Statement
{
    public override string Id => "eq3";

    public override string Claim =>
        "The derivative of a vector by a vector is the matrix with entry (I, J) = ∂u^J/∂v^I.";

    protected override Finding Decide()
    {
        var printed = ChainRule.Residuals(ChainRule.Layout()).All(e => e.IsZero);
        var jacobian = ChainRule.Residuals(ChainRule.Layout(transposed: true)).All(e => e.IsZero);
        if (!printed || jacobian)
        {
            return new Finding(Verdict.FalseAsPrinted,
                $"layout (3) with (4): {(printed ? "consistent" : "inconsistent")}; Jacobian layout: "
                + $"{(jacobian ? "also consistent" : "inconsistent")}");
        }

        return new Finding(Verdict.Holds,
            "(3) is the transpose of the Jacobian; it is the layout under which (4) holds: for "
            + "u(v) = (v¹v², v² + (v³)², (v¹)³v³) and c = g(uᵀMu) the product (3)·∂c/∂u equals ∂c/∂v "
            + "exactly, while the Jacobian layout gives a nonzero residual.")
        {
            Forms = [new DerivedForm("layout", @"\left(\frac{\partial u}{\partial v}\right)_{IJ} = "
                + @"\frac{\partial u^J}{\partial v^I}")],
        };
    }
}
