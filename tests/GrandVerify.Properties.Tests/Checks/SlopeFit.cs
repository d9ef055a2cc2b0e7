namespace GrandVerify.Properties.Tests.Checks;

/// <summary>Least-squares slope of log y against log x (s of a power law y ~ x^s).</summary>
public static class SlopeFit
{
    /// <summary>The slope s of the fit log y = s log x + c; needs two or more points.</summary>
    public static double LogLog(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count || x.Count < 2)
        {
            throw new ArgumentException($"need two or more (x, y) pairs, got {x.Count}, {y.Count}");
        }

        // s = cov(log x, log y) / var(log x)
        var lx = x.Select(v => Math.Log(v)).ToArray();
        var ly = y.Select(v => Math.Log(v)).ToArray();
        var (mx, my) = (lx.Average(), ly.Average());
        var cov = lx.Zip(ly, (a, b) => (a - mx) * (b - my)).Sum();
        var variance = lx.Sum(a => (a - mx) * (a - mx));
        return cov / variance;
    }
}
