using GrandVerify.Numerics.Experiments;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// One integrator's run for one attention: per basis charge its verdict, and whether
/// Theorem 1 says it should be conserved; or the numerical failure that stopped the run.
/// </summary>
public sealed record IntegratorCharges(
    string Method,
    bool KeepsCommutingCharges,
    IReadOnlyList<(string Label, bool ShouldConserve, ConservationVerdict Verdict)> Charges,
    string? Failure)
{
    /// <summary>
    /// True when every charge that should be conserved is (always true for a method that is
    /// not expected to keep charges, such as the Euler methods).
    /// </summary>
    public bool Keeps => Failure is null
        && Charges.Where(c => c.ShouldConserve).All(c => c.Verdict.Conserved);
}
