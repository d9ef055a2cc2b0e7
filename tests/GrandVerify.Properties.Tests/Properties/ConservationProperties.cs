using FsCheck.Fluent;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Properties.Tests.BrokenModels;
using GrandVerify.Properties.Tests.Checks;
using GrandVerify.Properties.Tests.Generators;
using GrandVerify.Properties.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GrandVerify.Properties.Tests.Properties;

/// <summary>
/// The implicit midpoint (41) and the modified midpoint of Section 6 keep every Q_R with
/// [W, R] = 0 to the derived rounding bound of <see cref="MidpointRoundingBound"/>; forward
/// Euler, a non-commuting R and a non-symmetric G each break it.
/// </summary>
public sealed class ConservationProperties(ITestOutputHelper output)
{
    /// <summary>Loose fixed-point tolerance: shows the solver tolerance does not enter Q.</summary>
    public const double LooseTolerance = 1e-6;

    private static readonly CaseOptions Exact = new()
    {
        Couplings = [CouplingKind.ExactSpectral, CouplingKind.PaperW1, CouplingKind.PaperW2],
    };

    private static readonly CaseOptions Orthogonal = new()
    {
        Couplings = [CouplingKind.RandomSpectral, CouplingKind.KeyQuery],
    };

    private static readonly CaseOptions Controls = new()
    {
        Attentions = [.. CaseOptions.AllAttentions.Where(a => a != "relu")],
        Couplings = [CouplingKind.ExactSpectral, CouplingKind.PaperW2],
        MinScale = 0.5,
    };

    [Fact]
    public void Midpoints_ExactlyCommutingR_ChargeWithinDerivedBound()
    {
        var worst = new WorstCase("conservation, exact [W,R] = 0");
        var library = new WorstCase("  same runs against the library verdict (10nd+4d+8)");
        var form = new WorstCase("  same runs against K u N max(sigma) rho");
        PropertyRunner.Check("midpoints keep commuting charges", WithCharge(Exact), c =>
        {
            var m = c.Build();
            foreach (var method in Methods(c))
            {
                var outcome = ConservationCheck.Run(
                    m.System(), method, m.Coupling.Commuting!, m.Y0, m.H, m.Steps);
                Require(outcome, method, c);
                worst.Record(outcome.Deviation, outcome.Bound, $"{method.Name} {c}");
                library.Record(outcome.LibraryRatio, 1.0, $"{method.Name} {c}");
                form.Record(outcome.FormRatio, 1.0, $"{method.Name} {c}");
            }
        }, output, worst);
        output.WriteLine(library.Summary());
        output.WriteLine(form.Summary());
    }

    [Fact]
    public void Midpoints_CommutantBasisR_ChargeWithinBoundPlusDataTerm()
    {
        var worst = new WorstCase("conservation, R from the commutant basis of U diag U^T");
        PropertyRunner.Check("midpoints keep commutant charges", WithCharge(Orthogonal), c =>
        {
            var m = c.Build();
            var delta = Norms.CommutatorBound(m.Coupling.W.Matrix, m.Coupling.Commuting!);
            foreach (var method in Methods(c))
            {
                var outcome = ConservationCheck.Run(
                    m.System(), method, m.Coupling.Commuting!, m.Y0, m.H, m.Steps, delta);
                Require(outcome, method, c);
                worst.Record(outcome.Deviation, outcome.Bound, $"{method.Name} {c}");
            }
        }, output, worst);
    }

    [Fact]
    public void ForwardEulerInPlaceOfMidpoint_IsCaught()
    {
        PropertyRunner.MustCatch("forward Euler in place of the midpoint", WithCharge(Controls)
            .Generator, c =>
        {
            var m = c.Build();
            var outcome = ConservationCheck.Run(
                m.System(), new ForwardEuler(), m.Coupling.Commuting!, m.Y0, m.H, m.Steps);
            return !outcome.Holds;
        }, output);
    }

    [Fact]
    public void NonCommutingR_IsCaught()
    {
        var cases = ModelCases.Gen(Controls)
            .Where(c => c.Coupling.Build().NonCommuting is not null);
        PropertyRunner.MustCatch("non-commuting R under the midpoint", cases, c =>
        {
            var m = c.Build();
            var outcome = ConservationCheck.Run(
                m.System(), new ModifiedMidpoint(), m.Coupling.NonCommuting!, m.Y0, m.H, m.Steps);
            return !outcome.Holds;
        }, output);
    }

    [Fact]
    public void NonSymmetricAttention_IsCaught()
    {
        PropertyRunner.MustCatch("non-symmetric G under the midpoint", WithCharge(Controls)
            .Generator, c =>
        {
            var m = c.Build();
            var system = m.System(new AsymmetricForceModel(m.Force()));
            var outcome = ConservationCheck.Run(
                system, new ModifiedMidpoint(), m.Coupling.Commuting!, m.Y0, m.H, m.Steps);
            return !outcome.Holds;
        }, output);
    }

    private static FsCheck.Arbitrary<ModelCase> WithCharge(CaseOptions options) =>
        Arb.From(ModelCases.Gen(options).Where(c => c.Coupling.Build().Commuting is not null),
            c => c.Shrink().Where(s => s.Coupling.Build().Commuting is not null));

    private static IIntegrator[] Methods(ModelCase c) =>
    [
        new ModifiedMidpoint(),
        new ImplicitMidpoint(c.State.Seed % 2 == 0
            ? FixedPointPolicy.Default
            : new FixedPointPolicy(LooseTolerance, FixedPointPolicy.DefaultMaxIterations)),
    ];

    private static void Require(ConservationOutcome outcome, IIntegrator method, ModelCase c)
    {
        if (!outcome.Holds)
        {
            throw new PropertyViolation(
                $"{method.Name}: max|Q_k - Q_0| = {outcome.Deviation:G3} exceeds the bound " +
                $"{outcome.Bound:G3} (ratio {outcome.WorstRatio:G3}); " +
                $"precondition: {outcome.Precondition ?? "ok"}; case {c}");
        }
    }
}
