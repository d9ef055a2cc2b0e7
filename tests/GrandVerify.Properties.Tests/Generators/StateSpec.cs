using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// Initial x, p with entries uniform in [-1, 1] (on the grid k/4 when <see cref="Simple"/>)
/// times <see cref="XScale"/> and <see cref="PScale"/>. Shrinks toward simple numbers.
/// </summary>
public sealed record StateSpec(int Seed, double XScale, double PScale, bool Simple)
{
    /// <summary>y0 = (x, p) for n nodes in R^d.</summary>
    public Vector<double> Build(StateLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var random = new Random(Seed);
        var y = Vector<double>.Build.Dense(layout.Size);
        for (var k = 0; k < layout.Size; k++)
        {
            var scale = k < layout.BlockSize ? XScale : PScale;
            var u = (2.0 * random.NextDouble()) - 1.0;
            y[k] = scale * (Simple ? Math.Round(4.0 * u) / 4.0 : u);
        }

        return y;
    }

    /// <summary>Entries on the 1/4 grid, unit scales.</summary>
    public IEnumerable<StateSpec> Shrink()
    {
        if (!Simple)
        {
            yield return this with { Simple = true };
        }

        if (XScale != 1.0 || PScale != 1.0)
        {
            yield return this with { XScale = 1.0, PScale = 1.0 };
        }
    }
}
