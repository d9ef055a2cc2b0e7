using FsCheck.Fluent;
using GrandVerify.Properties.Tests.Checks;
using GrandVerify.Properties.Tests.Generators;
using GrandVerify.Properties.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GrandVerify.Properties.Tests.Properties;

/// <summary>
/// Theorem 1 is not vacuous: for a skew R with [W, R] != 0 the exact flow changes Q_R, by more
/// than ten times the error bound of a high-accuracy reference over the run [0, N h] of the
/// case, so conservation elsewhere is not an artefact of the initial data. Control: a
/// commuting R, whose change must stay inside the reference's error.
/// </summary>
public sealed class ExactFlowProperties(ITestOutputHelper output)
{
    private static readonly CaseOptions Options = new()
    {
        Attentions = [.. CaseOptions.AllAttentions.Where(a => a != "relu")],
        Couplings = [CouplingKind.ExactSpectral, CouplingKind.PaperW2,
            CouplingKind.RandomSpectral, CouplingKind.KeyQuery],
        MaxNodes = 8,
        MinScale = 0.5,
    };

    [Fact]
    public void NonCommutingR_ExactFlowChangesCharge_BeyondReferenceError()
    {
        // ratio here = error bound * Margin / change: below 1 means the change is shown
        var worst = new WorstCase("exact-flow drift (10 x reference error / change)");
        var cases = Arb.From(
            ModelCases.Gen(Options).Where(c => c.Coupling.Build().NonCommuting is not null),
            c => c.Shrink().Where(s => s.Coupling.Build().NonCommuting is not null));
        PropertyRunner.Check("exact flow changes non-commuting charges", cases, c =>
        {
            var m = c.Build();
            var outcome = ExactFlowCheck.Run(
                m.System(), m.Coupling.NonCommuting!, m.Y0, m.H * m.Steps);
            if (!outcome.ChargeChanges)
            {
                throw new PropertyViolation(
                    $"|Q(T) - Q(0)| = {outcome.Change:G3} is not 10x above the reference " +
                    $"error {outcome.ErrorBound:G3}; case {c}");
            }

            worst.Record(ExactFlowOutcome.Margin * outcome.ErrorBound, outcome.Change, $"{c}");
        }, output, worst);
    }

    [Fact]
    public void CommutingR_ExactFlowChange_StaysInsideReferenceError()
    {
        var cases = ModelCases.Gen(Options).Where(c => c.Coupling.Build().Commuting is not null);
        PropertyRunner.MustCatch("drift check on a commuting R", cases, c =>
        {
            var m = c.Build();
            return !ExactFlowCheck.Run(m.System(), m.Coupling.Commuting!, m.Y0, m.H * m.Steps)
                .ChargeChanges;
        }, output);
    }
}
