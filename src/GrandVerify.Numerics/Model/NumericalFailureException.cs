using System.Globalization;

namespace GrandVerify.Numerics.Model;

/// <summary>
/// A numerical failure during integration: the failed condition, the step index k (null when
/// raised outside a driver), the time t_k, and a remedy (smaller h, larger eps, another method).
/// </summary>
public sealed class NumericalFailureException : Exception
{
    public NumericalFailureException(string condition, double time, string remedy, int? step = null)
        : base(Compose(condition, time, remedy, step))
    {
        Condition = condition;
        Time = time;
        Remedy = remedy;
        Step = step;
    }

    /// <summary>What failed, with the offending values.</summary>
    public string Condition { get; }

    /// <summary>Time at which it failed.</summary>
    public double Time { get; }

    /// <summary>What to change.</summary>
    public string Remedy { get; }

    /// <summary>Index k of the step t_k -&gt; t_{k+1}, when known.</summary>
    public int? Step { get; }

    /// <summary>The same failure attributed to step k.</summary>
    public NumericalFailureException AtStep(int step) =>
        new(Condition, Time, Remedy, step);

    private static string Compose(string condition, double time, string remedy, int? step)
    {
        var t = time.ToString("G6", CultureInfo.InvariantCulture);
        var where = step is { } k ? $"step {k} (t = {t})" : $"t = {t}";
        return $"{where}: {condition}. Remedy: {remedy}";
    }
}
