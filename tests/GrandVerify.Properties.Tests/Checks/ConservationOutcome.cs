namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Result of a conservation check: the worst step's |Q_k - Q_0| and its bound (summed per-step
/// scales), the same deviation against the K u N scale form, the library verdict's ratio
/// (K = 10nd+4d+8, scale |x||p| |R|_2), and a violated precondition, if any.
/// </summary>
public sealed record ConservationOutcome(
    double Deviation,
    double Bound,
    double WorstRatio,
    double FormRatio,
    double LibraryRatio,
    string? Precondition)
{
    /// <summary>True when every step is within its bound and the analysis applied.</summary>
    public bool Holds => Precondition is null && WorstRatio <= 1.0;
}
