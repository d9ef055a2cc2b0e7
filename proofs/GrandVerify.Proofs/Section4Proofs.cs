using GrandVerify.Statements;
using GrandVerify.Statements.Derivation;
using GrandVerify.Statements.Section4;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Proofs;

/// <summary>Section 4 and the canonical charge (31): rotation invariance (23)-(24), the charge in
/// its three forms (25), (26), (31) and Theorem 1 with its certificate.</summary>
public sealed class Section4Proofs
{
    [Fact]
    public void Eq23_CommutingRotations()
    {
        ProofAssert.Verdict("eq23", Verdict.Holds);
        Assert.True(Math.Abs(Eq23CommutingRotations.NumericWitness()) > 1e-3);

        // with R = R_(2,1) and W = diag(w, w) the commutator vanishes and so does delta U
        var m = ModelCatalog.Get(2, 2, GraphShape.Complete);
        var commuting = new Dictionary<Symbol, Expr>
        {
            [m.WSymbol(0, 1)] = Expr.Zero,
            [m.WSymbol(1, 1)] = Expr.Of(m.WSymbol(0, 0)),
            [Symbol.Get("R", "21")] = Expr.One,
        };
        Assert.True(RotationDrift.PotentialVariation(m).Substitute(commuting).IsZero);
    }

    [Fact]
    public void Eq24_RigidSymmetry() => ProofAssert.Verdict("eq24", Verdict.Holds);

    [Fact]
    public void Eq25_NoetherCharge()
    {
        ProofAssert.Verdict("eq25", Verdict.Holds);
        var m = ModelCatalog.Get(3, 3, GraphShape.Complete);
        Assert.True((Eq25NoetherCharge.Noether(m) - m.VelocityCharge(RotationDrift.R(m))).IsZero);
    }

    [Fact]
    public void Eq26_QuadraticCharge()
    {
        ProofAssert.Verdict("eq26", Verdict.Holds);

        // negative control: +1/2 instead of -1/2 gives -Q
        var m = ModelCatalog.Shown;
        var r = RotationDrift.R(m);
        Assert.False((-m.Decay * m.QuadraticCharge(r, m.StateColumn(m.VelocityColumn)) - m.VelocityCharge(r)).IsZero);
    }

    [Fact]
    public void Eq31_CanonicalCharge()
    {
        ProofAssert.Verdict("eq31", Verdict.Holds);
        var m = ModelCatalog.Get(3, 4, GraphShape.Path);
        var r = RotationDrift.R(m);
        Assert.True((m.Charge(r) - m.QuadraticCharge(r, m.StateColumn(m.MomentumColumn))).IsZero);
    }

    [Fact]
    public void Theorem1_ChargeConservation()
    {
        var finding = ProofAssert.Verdict("thm1", Verdict.Holds);
        Assert.NotNull(finding.Certificate);

        // the certificate reconstructs dQ/dt exactly (K3, d = 4 and P3, d = 3)
        GndModel[] models = [ModelCatalog.Get(3, 4, GraphShape.Complete), ModelCatalog.Get(3, 3, GraphShape.Path)];
        foreach (var m in models)
        {
            Assert.True(Theorem1ChargeConservation.Residual(m).IsZero, m.Label);
        }

        // counterexample: [W, R] != O and dQ/dt != 0, equal to the compiled certificate
        var (rate, certificate, commutator) = Theorem1ChargeConservation.Counterexample();
        Assert.True(commutator > 0.5);
        Assert.True(Math.Abs(rate) > 1e-3);
        Assert.Equal(rate, certificate, 12);
    }

    [Fact]
    public void Theorem1_NegativeControls()
    {
        var m = ModelCatalog.Get(2, 3, GraphShape.Complete);
        var q = m.Charge(RotationDrift.R(m));
        var k = RotationDrift.K(m);

        // the force with the sign of (20): p' = +(e^{-t/eps}/(2 eps)) (-grad U) breaks the identity
        var reversed = Expr.Zero;
        for (var i = 0; i < m.N; i++)
        {
            for (var a = 0; a < m.D; a++)
            {
                reversed += q.Diff(m.X[i, a]) * m.PositionFlow[i, a] - q.Diff(m.P[i, a]) * m.MomentumFlow[i, a];
            }
        }

        Assert.False((reversed - m.DriftCertificate(k)).IsZero);

        // a certificate missing its first term does not reconstruct dQ/dt
        var first = m.DriftCoefficients[0];
        var truncated = m.DriftCertificate(k) - first.Coefficient * k[first.A, first.B];
        Assert.False((Theorem1ChargeConservation.Rate(m) - truncated).IsZero);
    }
}
