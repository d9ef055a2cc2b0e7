using System.Globalization;

namespace GrandVerify.Numerics.Experiments;

/// <summary>
/// Whether a charge history is conserved to rounding: max_k |Q(t_k) - Q(0)| &lt;= K u N scale,
/// u = 2^-53, N steps, scale = max_k |x|_2 |p|_2 times |R|_2.
/// <para>
/// K = 10 n d + 4 d + 8, from one step of the midpoint map y' = S^{-1}(I + h/2 E)^2 y, which
/// keeps Q exactly, so only its rounding moves Q. Each of the two products (I + h/2 E) y forms
/// C x (inner products of length n d) plus a scaled add: relative error (n d + 2) u per block.
/// Each of the two solves with S (one LU) has backward error 3 n d u. A relative perturbation
/// gamma of x and of p changes Q = sum p_i^T R x_i by at most 2 gamma |R|_2 |x| |p|,
/// so one step adds at most 2(2(n d + 2) + 3 n d) u scale = (10 n d + 8) u scale. Since the
/// exact map keeps Q, these errors are not amplified and add up over N steps. Evaluating Q
/// itself (2 d terms per node) at t_k and at t_0 costs 2 * 2 d u scale once, absorbed as 4 d
/// into K because N &gt;= 1. The analysis takes cond(S) ~ 1 and |I + h/2 E| |y| ~ |y|
/// (a step that resolves the motion); a run outside that regime is judged too strictly, never
/// too leniently against a real drift of order h^2/eps.
/// </para>
/// </summary>
public sealed record ConservationVerdict(
    double MaxDeviation,
    double Bound,
    double K,
    int Steps,
    double Scale,
    bool Conserved)
{
    /// <summary>Unit roundoff of double, 2^-53.</summary>
    public const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>K = 10 n d + 4 d + 8 (see the type's remarks).</summary>
    public static double Constant(int nodes, int dimension) =>
        (10.0 * nodes * dimension) + (4.0 * dimension) + 8.0;

    /// <summary>Verdict for Q(t_0..t_N) of a run with N = <paramref name="steps"/>.</summary>
    public static ConservationVerdict Assess(
        IReadOnlyList<double> values, int steps, double scale, int nodes, int dimension,
        double rotationNorm = 1.0)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0 || steps < 0 || !(scale >= 0.0) || nodes < 1 || dimension < 1)
        {
            throw new ArgumentException(
                $"need a non-empty history, N >= 0, scale >= 0, n, d >= 1 (got {values.Count} " +
                $"values, N = {steps}, scale = {scale}, n = {nodes}, d = {dimension})");
        }

        // max_k |Q(t_k) - Q(0)| against K u max(N, 1) scale |R|_2
        var deviation = values.Max(q => Math.Abs(q - values[0]));
        var k = Constant(nodes, dimension);
        var bound = k * UnitRoundoff * Math.Max(steps, 1) * scale * rotationNorm;
        return new ConservationVerdict(
            deviation, bound, k, steps, scale * rotationNorm, deviation <= bound);
    }

    /// <summary>"conserved" or "drifts".</summary>
    public string Word => Conserved ? "conserved" : "drifts";

    /// <summary>One sentence for a report: the comparison and where the bound comes from.</summary>
    public string Explanation
    {
        get
        {
            static string F(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
            var relation = Conserved ? "<=" : ">";
            return $"{Word}: max|Q-Q0| = {F(MaxDeviation)} {relation} K u N scale = " +
                $"{F(K)} * {F(UnitRoundoff)} * {Steps} * {F(Scale)} = {F(Bound)} " +
                "(K = 10nd+4d+8: rounding of one midpoint step" +
                " and of evaluating Q; scale = max_k |x||p| |R|_2)";
        }
    }
}
