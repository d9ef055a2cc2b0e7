using System.Globalization;
using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// Theorem 1: if [W, R] = O the charge (26)/(31) is constant along the flow. Decided with a
/// certificate: along Hamilton's flow of (21) in (x, p), for the generic symmetric W and skew R,
/// dQ/dt = sum_{a &lt;= b} c_ab [W, R]_ab with c_ab = (e^{-t/eps}/(2 eps)) dU/dW_ab,
/// verified exactly with the zero test for K2, K3, P3 and d = 2, 3, 4; hence dQ/dt = 0 when
/// [W, R] = O. A numeric counterexample shows dQ/dt != 0 when [W, R] != O.
/// </summary>
public sealed class Theorem1ChargeConservation : Statement
{
    public override string Id => "thm1";

    public override string Claim => "If [W, R] = O, the charge Q is conserved: Q(t) = Q(t_0) for all t.";

    /// <summary>dQ/dt along Hamilton's flow for the generic skew R.</summary>
    public static Expr Rate(GndModel m) =>
        m.TimeDerivativeAlongCanonicalFlow(m.Charge(RotationDrift.R(m)));

    /// <summary>dQ/dt minus the certificate sum c_ab [W, R]_ab.</summary>
    public static Expr Residual(GndModel m) => Rate(m) - m.DriftCertificate(RotationDrift.K(m));

    /// <summary>The certificate of K2, d = 2 in LaTeX, with g_12 = g(C_12).</summary>
    public static string CertificateLatex(GndModel m)
    {
        var k = RotationDrift.K(m);
        var terms = m.DriftCoefficients.Select(c =>
            @"\left(" + ModelLatex.Print(m, c.Coefficient) + @"\right)\underbrace{\left("
            + ModelLatex.Print(m, k[c.A, c.B])
            + @"\right)}_{[\mathbb{W},\mathcal{R}]_{" + (c.A + 1) + (c.B + 1) + "}}");
        return @"\frac{dQ}{dt} = " + string.Join(" + ", terms);
    }

    /// <summary>A point with [W, R] != O where dQ/dt != 0: K2, d = 2, g = exp, W = diag(1, 2),
    /// R = R_(2,1), evaluated with the compiled rate and the compiled certificate.</summary>
    public static (double Rate, double Certificate, double Commutator) Counterexample()
    {
        var m = ModelCatalog.Get(2, 2, GraphShape.Complete, symbolicWeights: false);
        var values = new Dictionary<Symbol, double>
        {
            [m.X[0, 0]] = 1,
            [m.X[0, 1]] = 0.5,
            [m.X[1, 0]] = 0.3,
            [m.X[1, 1]] = -1,
            [m.P[0, 0]] = 0.2,
            [m.P[0, 1]] = -0.1,
            [m.P[1, 0]] = 0.4,
            [m.P[1, 1]] = 0.7,
            [m.WSymbol(0, 0)] = 1,
            [m.WSymbol(0, 1)] = 0,
            [m.WSymbol(1, 1)] = 2,
            [Symbol.Get("R", "21")] = 1,
            [m.T] = 0.3,
            [m.Eps] = 0.5,
        };
        var order = values.Keys.ToList();
        var point = order.Select(s => values[s]).ToArray();
        static double Exp(string name, int order, double u) => Math.Exp(u);
        var k = RotationDrift.K(m);
        var commutator = Identities.Entries(k).Select(e => Math.Abs(e.Compile(order, Exp)(point))).Max();
        return (Rate(m).Compile(order, Exp)(point), m.DriftCertificate(k).Compile(order, Exp)(point), commutator);
    }

    protected override Finding Decide()
    {
        var failure = Identities.FirstFailure(ModelCatalog.Standard, m => [Residual(m)]);
        var (rate, certificate, commutator) = Counterexample();
        var shown = ModelCatalog.Shown;
        var certificateLatex = CertificateLatex(shown);
        if (failure is not null || commutator == 0 || Math.Abs(rate) < 1e-6)
        {
            return new Finding(Verdict.FalseAsPrinted,
                $"certificate fails on {failure ?? "none"}; counterexample dQ/dt = {rate}, |[W,R]| = {commutator}");
        }

        var shownRate = rate.ToString("G6", CultureInfo.InvariantCulture);
        return new Finding(Verdict.Holds,
            "Along Hamilton's flow of (21), dQ/dt = (e^{−t/ε}/2ε) Σ_{a≤b} (∂U/∂W_ab)[W,R]_ab exactly for "
            + $"the generic symmetric W and skew R on {ModelCatalog.StandardLabel}, so [W,R] = O gives "
            + $"dQ/dt = 0. Counterexample (K2, d = 2, g = exp, W = diag(1,2), R = R_(2,1), t = 0.3, ε = 0.5): "
            + $"[W,R] ≠ O and dQ/dt = {shownRate} ≠ 0 (the compiled certificate gives the same value).")
        {
            Certificate = certificateLatex,
            Forms =
            [
                new DerivedForm("certificate", @"\frac{dQ}{dt} = "
                    + @"\frac{e^{-t/\varepsilon}}{2\varepsilon}\sum_{a\le b}\frac{\partial U}{\partial "
                        + @"\mathbb{W}_{ab}}\,[\mathbb{W},\mathcal{R}]_{ab}"),
                new DerivedForm("K2, d = 2", certificateLatex),
            ],
        };
    }
}
