namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// Stopping rule of the fixed-point iterations of the implicit methods: stop when
/// |y^{j+1} - y^j|_inf &lt;= tol * max(|y^{j+1}|_inf, tiny) with
/// tol = <see cref="EffectiveTolerance"/>, fail after MaxIterations.
/// </summary>
public sealed record FixedPointPolicy
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

    public FixedPointPolicy(double tolerance, int maxIterations)
    {
        if (!(tolerance > 0.0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(
                nameof(tolerance), tolerance, "tolerance must be positive and finite");
        }

        if (maxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxIterations), maxIterations, "at least one iteration is needed");
        }

        Tolerance = tolerance;
        MaxIterations = maxIterations;
    }

    /// <summary>Relative tolerance on the change between iterates.</summary>
    public double Tolerance { get; }

    /// <summary>Iteration cap.</summary>
    public int MaxIterations { get; }

    /// <summary>The defaults above.</summary>
    public static FixedPointPolicy Default { get; } = new(DefaultTolerance, DefaultMaxIterations);

    /// <summary>
    /// The tolerance actually applied to a state with n d = <paramref name="blockSize"/>:
    /// never below 4 n d u, the rounding floor of one sweep (a product with C of inner length
    /// n d and a solve), so that large systems do not fail on noise.
    /// </summary>
    public double EffectiveTolerance(int blockSize) =>
        Math.Max(Tolerance, 4.0 * blockSize * 1.1102230246251565e-16);
}
