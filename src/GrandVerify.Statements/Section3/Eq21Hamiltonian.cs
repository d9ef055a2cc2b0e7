using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section3;

/// <summary>(21): H = sum_i p_i^T x_i' - L by the Legendre transform of (11), compared with the
/// three printed lines (in P = x'), and its canonical form in (x, p).</summary>
public sealed class Eq21Hamiltonian : Statement
{
    public override string Id => "eq21";

    public override string Claim =>
        "H = Σ e^{−t/ε} P_iᵀẋ_i − L = e^{−t/ε}(½Σ P_iᵀP_i − (1/2ε)Σ G_ij‖(∇x)_ij‖²).";

    /// <summary>The printed lines of (21), in (x, P).</summary>
    public static IEnumerable<Expr> PrintedLines(GndModel m)
    {
        var kinetic = Enumerable.Range(0, m.N * m.D)
            .Aggregate(Expr.Zero, (s, k) => s + Expr.Of(m.V[k / m.D, k % m.D]).Pow(2));
        var eps = Expr.Of(m.Eps);
        yield return m.Decay * kinetic - m.Lagrangian;
        yield return m.Decay / 2 * kinetic - m.Decay / (2 * eps) * m.Potential;
        yield return m.Decay * (kinetic / 2 - m.Potential / (2 * eps));
    }

    /// <summary>1/2 e^{t/eps} |p|^2 - e^{-t/eps} U / (2 eps), the canonical form.</summary>
    public static Expr Canonical(GndModel m)
    {
        var kinetic = Enumerable.Range(0, m.N * m.D)
            .Aggregate(Expr.Zero, (s, k) => s + Expr.Of(m.P[k / m.D, k % m.D]).Pow(2));
        return m.Growth * kinetic / 2 - m.Decay * m.Potential / (2 * Expr.Of(m.Eps));
    }

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m =>
            PrintedLines(m).Select(line => m.VelocityHamiltonian - line)
                .Append(m.Hamiltonian - Canonical(m)));
        var shown = ModelCatalog.Shown;
        return failure is null
            ? new Finding(Verdict.Holds,
                "The Legendre transform Σ p·ẋ − L of (11) equals each printed line of (21) exactly on "
                + $"{ModelCatalog.StandardLabel}; in canonical variables H = ½e^{{t/ε}}|p|² − e^{{−t/ε}}U/(2ε).")
            {
                Forms =
                [
                    new DerivedForm("canonical H", @"H = \tfrac12 e^{t/\varepsilon}\sum_i p_i^T p_i - "
                        + @"\frac{e^{-t/\varepsilon}}{2\varepsilon} U(x)"),
                    new DerivedForm("H for K2, d = 2", ModelLatex.Print(shown, shown.Hamiltonian)),
                ],
            }
            : new Finding(Verdict.FalseAsPrinted, $"(21) differs from the Legendre transform on {failure}");
    }
}
