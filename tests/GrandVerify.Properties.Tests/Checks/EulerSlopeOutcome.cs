namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Log-log slopes of |Q_{k+1} - Q_k| against h and against eps at a fixed state, with the
/// number of sweep points above the rounding plateau each fit used.
/// </summary>
public sealed record EulerSlopeOutcome(double SlopeH, int PointsH, double SlopeEps, int PointsEps)
{
    /// <summary>Accepted distance of a slope from 2 (in h) and -1 (in eps).</summary>
    public const double Tolerance = 0.05;

    /// <summary>Points a fit needs (three refinements).</summary>
    public const int MinPoints = 4;

    /// <summary>Largest distance of either slope from its value, over the tolerance.</summary>
    public double Ratio => Math.Max(Math.Abs(SlopeH - 2.0), Math.Abs(SlopeEps + 1.0)) / Tolerance;

    /// <summary>Both fits have enough points and both slopes are within the tolerance.</summary>
    public bool Holds => PointsH >= MinPoints && PointsEps >= MinPoints && Ratio <= 1.0;
}
