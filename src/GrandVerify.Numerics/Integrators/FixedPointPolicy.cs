namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// Stopping rule of the fixed-point iterations of the implicit methods: stop when
/// |y^{j+1} - y^j|_inf &lt;= Tolerance * max(|y^{j+1}|_inf, tiny), fail after MaxIterations.
/// </summary>
public sealed record FixedPointPolicy(double Tolerance, int MaxIterations)
{
    /// <summary>
    /// 1e-13 relative: about 450 u, within reach of a contraction whose fixed point is computed
    /// with a few ulps of rounding per iteration, yet far below the O(h^2/eps) per-step effects
    /// (charge changes, local errors) that the implicit methods are used to resolve.
    /// </summary>
    public const double DefaultTolerance = 1e-13;

    /// <summary>
    /// 100: the iteration contracts by a factor ~ h^2/eps |dC/dx| |x| per sweep; a step that
    /// needs more than 100 sweeps is too large for it to be a useful contraction.
    /// </summary>
    public const int DefaultMaxIterations = 100;

    /// <summary>The defaults above.</summary>
    public static FixedPointPolicy Default { get; } = new(DefaultTolerance, DefaultMaxIterations);
}
