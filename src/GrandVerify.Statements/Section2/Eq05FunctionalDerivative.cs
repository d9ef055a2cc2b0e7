using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section2;

/// <summary>
/// (5): the functional derivative. Printed as sum_m d^m/dt^m dF/dq^(m), without (-1)^m. Decided by
/// the defining property of a variational derivative: a total derivative F = D_t phi(t, q, q') has
/// zero functional derivative. With (-1)^m it vanishes identically; as printed it does not. The
/// printed sum applied to (11) also disagrees with the paper's own first line of (12).
/// </summary>
public sealed class Eq05FunctionalDerivative : Statement
{
    public override string Id => "eq5";

    public override string Claim =>
        "The functional derivative is δF/δq = Σ_{m≥0} dᵐ/dtᵐ ∂F/∂q^(m).";

    /// <summary>The jet (t; q, q', ..., q^(5)) of the null-Lagrangian test.</summary>
    public static JetSpace Jet { get; } = new(Symbol.Get("t"),
        [[.. Enumerable.Range(0, 6).Select(k => Symbol.Get("q", k == 0 ? "" : $"{k}"))]]);

    /// <summary>F = D_t phi with phi = q^2 q' + t f(q) q'^2 (f opaque): a null Lagrangian.</summary>
    public static Expr NullLagrangian
    {
        get
        {
            var chain = Jet.Chains[0];
            Expr q = chain[0], q1 = chain[1], t = Jet.Time;
            var phi = q * q * q1 + t * Expr.Function("f", q) * q1 * q1;
            return Jet.TimeDerivative(phi);
        }
    }

    protected override Finding Decide()
    {
        var chain = Jet.Chains[0];
        var correct = FunctionalDerivative.Apply(NullLagrangian, Jet, chain);
        var printed = FunctionalDerivative.Apply(NullLagrangian, Jet, chain, alternating: false);

        // on (11): printed - correct = 2 D_t dL/dP
        var m = Derivation.ModelCatalog.Shown;
        var onLagrangian = FunctionalDerivative.Apply(
            m.Lagrangian, m.Jet, [m.X[0, 0], m.V[0, 0], m.Acceleration[0, 0]], alternating: false);
        var gap = onLagrangian - m.EulerLagrange[0, 0];

        if (!correct.IsZero)
        {
            throw new InvalidOperationException(
                "Σ (−1)^m D^m ∂F/∂q^(m) of a total derivative is not zero: the jet calculus is broken.");
        }

        if (printed.IsZero && gap.IsZero)
        {
            return new Finding(Verdict.Holds,
                "the printed sum annihilates the total derivative and agrees with (12) on (11)");
        }

        return new Finding(Verdict.FalseAsPrinted,
            "Without (−1)^m the operator does not annihilate total derivatives: for F = D_t φ, "
            + "φ = q²q' + t f(q) q'², Σ (−1)^m D^m ∂F/∂q^(m) = 0 exactly but the printed sum is "
            + "nonzero. Applied to (11) the printed sum differs from (12)'s own first line "
            + "∂L/∂x − d/dt ∂L/∂ẋ by 2 d/dt(e^{−t/ε} ẋ) ≠ 0. Corrected: δF/δq = Σ (−1)^m dᵐ/dtᵐ ∂F/∂q^(m).")
        {
            Forms =
            [
                new DerivedForm("corrected (5)", @"\frac{\delta F}{\delta q} = \sum_{m\ge 0} (-1)^m "
                    + @"\frac{d^m}{dt^m}\frac{\partial \mathcal{F}}{\partial q^{(m)}}"),
                new DerivedForm("printed sum on F = D_t\\varphi", printed.ToLatex()),
                new DerivedForm("printed minus correct on (11), node 1, component 1", ModelLatex.Print(m, gap)),
            ],
        };
    }
}
