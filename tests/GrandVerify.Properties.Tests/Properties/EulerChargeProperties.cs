using FsCheck.Fluent;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using GrandVerify.Properties.Tests.BrokenModels;
using GrandVerify.Properties.Tests.Checks;
using GrandVerify.Properties.Tests.Generators;
using GrandVerify.Properties.Tests.Infrastructure;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace GrandVerify.Properties.Tests.Properties;

/// <summary>
/// Propositions 1 and 2 made exact: the Euler methods change Q_R by the h^2 expressions of
/// <see cref="EulerIdentityCheck"/> to rounding, and at a fixed state |dQ| scales as h^2 and as
/// 1/eps (least-squares slopes 2 and -1 within 0.05). Sweeps start at the largest step
/// h0 = min(0.2, eps/100, sqrt(eps/|C|)/10, |x|/(100 |p|), eps |p|/(100 |C| |x|)), so that
/// h/eps and h^2 |C|/eps stay small and one step moves x and p by at most about 1 %: the
/// backward Euler pairing at x', p' then differs from the one at x, p by about 1 %, which
/// moves its slope in h by well under 0.05.
/// </summary>
public sealed class EulerChargeProperties(ITestOutputHelper output)
{
    /// <summary>Steps along each run at which the one-step identity is checked.</summary>
    public const int CheckedSteps = 5;

    private static readonly CaseOptions Exact = new()
    {
        Couplings = [CouplingKind.ExactSpectral, CouplingKind.PaperW1, CouplingKind.PaperW2],
    };

    private static readonly CaseOptions Sweeps = Exact with
    {
        Attentions = [.. CaseOptions.AllAttentions.Where(a => a != "relu")],
        MinScale = 0.5,
        MaxNodes = 12,
    };

    [Fact]
    public void EulerSteps_ChargeChange_EqualsExactHSquaredExpression()
    {
        var worst = new WorstCase("Euler one-step identity");
        PropertyRunner.Check("Euler one-step charge identity", WithCharge(Exact), c =>
        {
            var m = c.Build();
            var system = m.System();
            var r = m.Coupling.Commuting!;
            var y = m.Y0;
            for (var k = 0; k < Math.Min(m.Steps, CheckedSteps); k++)
            {
                var t = k * m.H;
                var forward = EulerIdentityCheck.Forward(system, system.Force, r, y, t, m.H);
                var backward = EulerIdentityCheck.Backward(system, system.Force, r, y, t, m.H);
                Require(forward, "forward", k, c);
                Require(backward, "backward", k, c);
                worst.Record(forward.Deviation, forward.Bound, $"forward k={k} {c}");
                worst.Record(backward.Deviation, backward.Bound, $"backward k={k} {c}");
                y = new ForwardEuler().Step(system, t, m.H, y).Y;
            }
        }, output, worst);
    }

    [Fact]
    public void EulerSteps_ChargeChange_ScalesAsHSquaredOverEps()
    {
        var worst = new WorstCase("Euler slopes (|slope - expected| / 0.05)");
        PropertyRunner.Check("Euler slopes in h and eps", WithCharge(Sweeps), c =>
        {
            var (force, r, y, h0, eps) = SweepSetup(c);
            foreach (var (name, step, bound) in Methods(r, y))
            {
                var outcome = EulerSlopeCheck.Run(force, step, r, y, h0, eps, bound);
                if (!outcome.Holds)
                {
                    throw new PropertyViolation($"{name}: {outcome}; case {c}");
                }

                worst.Record(outcome.Ratio, 1.0, $"{name} {outcome} {c}");
            }
        }, output, worst);
    }

    [Fact]
    public void NonCommutingR_BreaksTheIdentity()
    {
        var cases = ModelCases.Gen(Sweeps).Where(c => c.Coupling.Build().NonCommuting is not null);
        PropertyRunner.MustCatch("Euler identity with a non-commuting R", cases, c =>
        {
            var m = c.Build();
            var system = m.System();
            var r = m.Coupling.NonCommuting!;
            return !EulerIdentityCheck.Forward(system, system.Force, r, m.Y0, 0.0, m.H).Holds
                && !EulerIdentityCheck.Backward(system, system.Force, r, m.Y0, 0.0, m.H).Holds;
        }, output);
    }

    [Fact]
    public void NonSymmetricAttention_BreaksTheIdentity()
    {
        PropertyRunner.MustCatch("Euler identity with a non-symmetric G",
            WithCharge(Sweeps).Generator, c =>
            {
                var m = c.Build();
                var system = m.System(new AsymmetricForceModel(m.Force()));
                var r = m.Coupling.Commuting!;
                return !EulerIdentityCheck.Forward(system, system.Force, r, m.Y0, 0.0, m.H).Holds
                    && !EulerIdentityCheck.Backward(system, system.Force, r, m.Y0, 0.0, m.H)
                        .Holds;
            }, output);
    }

    [Fact]
    public void FlippedSignInC_BreaksTheIdentity()
    {
        PropertyRunner.MustCatch("Euler identity, steps with the W term's sign flipped",
            WithCharge(Sweeps).Generator, c =>
            {
                var (force, r, y, h0, eps) = SweepSetup(c);
                var system = new DiffusionSystem(new FlippedSignForceModel(force), eps);
                return !EulerIdentityCheck.Forward(system, force, r, y, 0.0, h0).Holds;
            }, output);
    }

    [Fact]
    public void MidpointInPlaceOfEuler_HasNoHSquaredSlope()
    {
        PropertyRunner.MustCatch("slope check on the modified midpoint",
            WithCharge(Sweeps).Generator, c =>
            {
                var (force, r, y, h0, eps) = SweepSetup(c);
                var bound = Methods(r, y)[0].Bound;
                return !EulerSlopeCheck.Run(force, new ModifiedMidpoint(), r, y, h0, eps, bound)
                    .Holds;
            }, output);
    }

    private static FsCheck.Arbitrary<ModelCase> WithCharge(CaseOptions options) =>
        Arb.From(ModelCases.Gen(options).Where(c => c.Coupling.Build().Commuting is not null),
            c => c.Shrink().Where(s => s.Coupling.Build().Commuting is not null));

    private static (IForceModel Force, Matrix<double> R, Vector<double> Y, double H0, double Eps)
        SweepSetup(ModelCase c)
    {
        var m = c.Build();
        var force = m.Force();
        var r = m.Coupling.Commuting!;
        var layout = m.Layout;
        var y = m.Y0.Clone();

        // p <- p + |p| v/|v|, v = R^ C x: then sum_i (C x)_i^T R p_i has the definite part -|p||v|
        var cx = force.Force(layout.Positions(y));
        var v = Vector<double>.Build.Dense(layout.BlockSize);
        for (var i = 0; i < layout.Nodes; i++)
        {
            v.SetSubVector(i * layout.Dimension, layout.Dimension,
                r * cx.SubVector(i * layout.Dimension, layout.Dimension));
        }

        var p = layout.Momenta(y);
        if (v.L2Norm() > 0.0)
        {
            y.SetSubVector(layout.BlockSize, layout.BlockSize, p + (v * (p.L2Norm() / v.L2Norm())));
        }

        // h0 = min(0.2, eps/100, sqrt(eps/|C|)/10, |x|/(100 |p|), eps |p|/(100 |C| |x|))
        var c0 = Math.Max(force.Assemble(layout.Positions(y)).InfinityNorm(), 1e-300);
        var (xi, eta) = (Norms.X(layout, y), Math.Max(Norms.P(layout, y), 1e-300));
        var h0 = new[]
        {
            StepSpec.MaxH, m.Eps / 100.0, Math.Sqrt(m.Eps / c0) / 10.0, xi / (100.0 * eta),
            m.Eps * eta / (100.0 * c0 * xi),
        }.Min();
        return (force, r, y, h0, m.Eps);
    }

    private static (string Name, IIntegrator Step, Func<DiffusionSystem, double, double> Bound)[]
        Methods(Matrix<double> r, Vector<double> y) =>
    [
        ("forward-euler", new ForwardEuler(),
            (s, h) => EulerIdentityCheck.Forward(s, s.Force, r, y, 0.0, h).Bound),
        ("backward-euler", new BackwardEuler(),
            (s, h) => EulerIdentityCheck.Backward(s, s.Force, r, y, 0.0, h).Bound),
    ];

    private static void Require(EulerIdentityOutcome outcome, string method, int k, ModelCase c)
    {
        if (!outcome.Holds)
        {
            throw new PropertyViolation(
                $"{method} Euler step {k}: dQ = {outcome.Measured:G17}, predicted " +
                $"{outcome.Predicted:G17}, |difference| {outcome.Deviation:G3} > bound " +
                $"{outcome.Bound:G3}; case {c}");
        }
    }
}
