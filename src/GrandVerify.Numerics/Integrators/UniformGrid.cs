using System.Globalization;

namespace GrandVerify.Numerics.Integrators;

/// <summary>The grid t_k = t0 + k h, k = 0..N, of Section 5.</summary>
public sealed record UniformGrid
{
    /// <summary>
    /// Accepted mismatch |T - t0 - N h| / h when the grid is given by its end point: rounding
    /// in (T - t0)/h is a few ulps, far below this.
    /// </summary>
    public const double EndPointTolerance = 1e-9;

    public UniformGrid(double t0, double h, int steps)
    {
        if (!double.IsFinite(t0))
        {
            throw new ArgumentOutOfRangeException(nameof(t0), t0, "t0 must be finite");
        }

        if (!(h > 0.0) || !double.IsFinite(h))
        {
            throw new ArgumentOutOfRangeException(
                nameof(h), h, "step size h must be positive and finite");
        }

        if (steps < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(steps), steps, "number of steps N must be >= 0");
        }

        T0 = t0;
        H = h;
        Steps = steps;
    }

    /// <summary>t0.</summary>
    public double T0 { get; }

    /// <summary>h.</summary>
    public double H { get; }

    /// <summary>N.</summary>
    public int Steps { get; }

    /// <summary>t_N = t0 + N h.</summary>
    public double End => Time(Steps);

    /// <summary>t_k = t0 + k h (computed directly, no accumulated rounding).</summary>
    public double Time(int k) => T0 + (k * H);

    /// <summary>The grid on [t0, T] with step h; (T - t0)/h must be an integer.</summary>
    public static UniformGrid Between(double t0, double tEnd, double h)
    {
        if (!(h > 0.0) || !double.IsFinite(h) || !(tEnd > t0))
        {
            throw new ArgumentException(
                $"need h > 0 and T > t0, got h = {h}, t0 = {t0}, T = {tEnd}");
        }

        var ratio = (tEnd - t0) / h;
        var steps = (int)Math.Round(ratio);
        if (steps < 1 || Math.Abs(ratio - steps) > EndPointTolerance * Math.Max(1.0, ratio))
        {
            throw new ArgumentException(
                $"(T - t0)/h = {ratio.ToString("G17", CultureInfo.InvariantCulture)} " +
                "is not a positive integer; " +
                "choose h dividing T - t0");
        }

        return new UniformGrid(t0, h, steps);
    }
}
