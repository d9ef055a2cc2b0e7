namespace GrandVerify.Properties.Tests.Infrastructure;

/// <summary>
/// The largest deviation relative to its bound seen by one property over all its cases
/// (ratio &lt;= 1 means the claim held); thread-safe, reported through the test output.
/// </summary>
public sealed class WorstCase(string property)
{
    private readonly Lock gate = new();

    /// <summary>Largest deviation / bound so far (0 before any case).</summary>
    public double Ratio { get; private set; }

    /// <summary>The case that produced <see cref="Ratio"/>.</summary>
    public string Detail { get; private set; } = "";

    /// <summary>Number of cases recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Records one case's deviation and bound.</summary>
    public void Record(double deviation, double bound, string detail)
    {
        var ratio = bound > 0.0 ? deviation / bound : double.PositiveInfinity;
        lock (gate)
        {
            Count++;
            if (ratio > Ratio || Count == 1)
            {
                Ratio = ratio;
                Detail = detail;
            }
        }
    }

    /// <summary>One line for the test output.</summary>
    public string Summary() =>
        ($"{property}: {Count} cases, largest deviation/bound = {Ratio:G3} ({Detail})");
}
