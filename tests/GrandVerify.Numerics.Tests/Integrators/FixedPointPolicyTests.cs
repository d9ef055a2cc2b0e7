using GrandVerify.Numerics.Integrators;

namespace GrandVerify.Numerics.Tests.Integrators;

public sealed class FixedPointPolicyTests
{
    [Theory]
    [InlineData(12, 1e-13)]
    [InlineData(100_000, 4 * 100_000 * NumericTolerance.U)]
    public void EffectiveTolerance_NeverGoesBelowTheRoundingFloor(int blockSize, double expected)
    {
        Assert.Equal(expected, FixedPointPolicy.Default.EffectiveTolerance(blockSize), 1e-25);
    }

    [Theory]
    [InlineData(0.0, 10)]
    [InlineData(double.NaN, 10)]
    [InlineData(1e-10, 0)]
    public void Constructor_BadSettings_AreRejected(double tolerance, int maxIterations)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedPointPolicy(tolerance, maxIterations));
    }
}
