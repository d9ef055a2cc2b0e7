namespace GrandVerify.Properties.Tests.Checks;

/// <summary>Measured order of convergence: the log-log slope and the points it used.</summary>
public sealed record OrderOutcome(double Slope, int Points, double Expected)
{
    /// <summary>Accepted distance of the slope from the order.</summary>
    public const double Tolerance = 0.2;

    /// <summary>Points a fit needs (two refinements at least).</summary>
    public const int MinPoints = 3;

    /// <summary>|slope - order| / tolerance.</summary>
    public double Ratio => Math.Abs(Slope - Expected) / Tolerance;

    /// <summary>Enough points off the plateau and the slope within the tolerance.</summary>
    public bool Holds => Points >= MinPoints && Ratio <= 1.0;
}
