namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// Requested step size h (log-uniform in [1e-4, 0.2]), eps (log-uniform in [1e-2, 10]) and
/// number of steps N; <see cref="ModelCase.Build"/> shortens h and N where needed so that every
/// step resolves the motion (see <see cref="ModelInstance"/>). Shrinks toward N = 1, eps = 1.
/// </summary>
public sealed record StepSpec(double H, double Eps, int Steps)
{
    /// <summary>Smallest generated h.</summary>
    public const double MinH = 1e-4;

    /// <summary>Largest generated h.</summary>
    public const double MaxH = 0.2;

    /// <summary>Smallest generated eps.</summary>
    public const double MinEps = 1e-2;

    /// <summary>Largest generated eps.</summary>
    public const double MaxEps = 10.0;

    /// <summary>Fewer steps, round h and eps.</summary>
    public IEnumerable<StepSpec> Shrink()
    {
        if (Steps > 1)
        {
            yield return this with { Steps = 1 };
            yield return this with { Steps = Steps / 2 };
        }

        if (Eps != 1.0)
        {
            yield return this with { Eps = 1.0 };
        }

        if (H != 0.1 && H != 0.01)
        {
            yield return this with { H = H > 0.03 ? 0.1 : 0.01 };
        }
    }
}
