namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// One Euler step: the measured Q_{k+1} - Q_k, the predicted h^2 expression, and the bound on
/// their difference (rounding, plus for backward Euler the measured residual of (37)).
/// </summary>
public sealed record EulerIdentityOutcome(double Measured, double Predicted, double Bound)
{
    /// <summary>|measured - predicted|.</summary>
    public double Deviation => Math.Abs(Measured - Predicted);

    /// <summary>True when the identity holds to the bound.</summary>
    public bool Holds => Deviation <= Bound;
}
