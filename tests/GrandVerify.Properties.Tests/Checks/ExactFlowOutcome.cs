namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Change of Q_R over [0, T] along a high-accuracy reference of the exact flow, with the
/// reference's error bound (Richardson estimate plus rounding).
/// </summary>
public sealed record ExactFlowOutcome(double Change, double ErrorBound)
{
    /// <summary>The change must exceed the error bound this many times to count as shown.</summary>
    public const double Margin = 10.0;

    /// <summary>|Q(T) - Q(0)| / (Margin * error bound): above 1 the change is shown.</summary>
    public double Ratio => Change / (Margin * ErrorBound);

    /// <summary>True when the exact flow demonstrably changes Q_R.</summary>
    public bool ChargeChanges => Ratio > 1.0;
}
