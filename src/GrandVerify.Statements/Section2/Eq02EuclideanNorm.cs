using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section2;

/// <summary>
/// (2): |u| = sqrt(u^T u), with the remark that the scalar product is rotation invariant.
/// Decided: sqrt(u^T u)^2 = u^T u, and the infinitesimal invariance (R u)^T v + u^T (R v) = 0
/// for the generic skew R of so(d), d = 2, 3, 4 (which is what Lambda = e^R preserves).
/// </summary>
public sealed class Eq02EuclideanNorm : Statement
{
    public override string Id => "eq2";

    public override string Claim =>
        "The Euclidean norm is ‖u‖ = √(uᵀu), and the scalar product is invariant under rotations.";

    protected override Finding Decide()
    {
        foreach (var d in new[] { 2, 3, 4 })
        {
            var u = Vector("u", d);
            var v = Vector("v", d);
            var r = Rotations.Generic(d);

            // sqrt(u^T u)^2 = u^T u
            var uu = (u.Transpose() * u)[0, 0];
            if (!(Expr.Sqrt(uu).Pow(2) - uu).IsZero)
            {
                return new Finding(Verdict.FalseAsPrinted, $"sqrt(u^T u)^2 != u^T u at d = {d}");
            }

            // (R u)^T v + u^T R v = u^T (R^T + R) v = 0
            var variation = ((r * u).Transpose() * v + u.Transpose() * (r * v))[0, 0];
            if (!variation.IsZero)
            {
                return new Finding(Verdict.FalseAsPrinted, $"u^T v is not so({d})-invariant");
            }
        }

        return new Finding(Verdict.Holds,
            "√(uᵀu)² = uᵀu, and (Ru)ᵀv + uᵀ(Rv) = 0 identically for the generic skew R, d = 2, 3, 4, "
            + "so uᵀv and ‖u‖ are invariant under Λ = e^R.")
        {
            Forms = [new DerivedForm("invariance", @"(R u)^T v + u^T R v = u^T (R^T + R) v = 0")],
        };
    }

    private static ExprMatrix Vector(string name, int d) =>
        ExprMatrix.Build(d, 1, (a, _) => Expr.Of(Symbol.Get(name, "", $"{a + 1}")));
}
