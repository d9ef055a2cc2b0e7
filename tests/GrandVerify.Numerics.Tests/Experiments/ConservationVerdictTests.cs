using GrandVerify.Numerics.Experiments;

namespace GrandVerify.Numerics.Tests.Experiments;

public sealed class ConservationVerdictTests
{
    [Fact]
    public void Constant_IsTenNdPlusFourDPlusEight()
    {
        Assert.Equal(144.0, ConservationVerdict.Constant(3, 4));
        Assert.Equal(36.0, ConservationVerdict.Constant(1, 2));
    }

    [Fact]
    public void Assess_DeviationWithinBound_IsConserved()
    {
        // bound = 144 u 50 * 10 = 7.99e-12
        double[] q = [1.0, 1.0 + 4e-12, 1.0 - 7e-12];

        var v = ConservationVerdict.Assess(q, 50, 10.0, 3, 4);

        Assert.True(v.Conserved);
        Assert.Equal(7e-12, v.MaxDeviation, 1e-15);
        Assert.Equal(144 * ConservationVerdict.UnitRoundoff * 50 * 10, v.Bound);
        Assert.StartsWith("conserved: max|Q-Q0| = 7E-12 <=", v.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_InjectedDriftOfTwiceTheBound_Drifts()
    {
        var bound = 144 * ConservationVerdict.UnitRoundoff * 50 * 10;
        double[] q = [1.0, 1.0, 1.0 + (2 * bound)];

        var v = ConservationVerdict.Assess(q, 50, 10.0, 3, 4);

        Assert.False(v.Conserved);
        Assert.Equal("drifts", v.Word);
        Assert.Contains(" > K u N scale", v.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ScalesWithTheRotationNorm()
    {
        double[] q = [0.0, 1e-11];

        Assert.False(ConservationVerdict.Assess(q, 50, 10.0, 3, 4).Conserved);
        Assert.True(ConservationVerdict.Assess(q, 50, 10.0, 3, 4, rotationNorm: 2.0).Conserved);
    }

    [Fact]
    public void Assess_EmptyHistory_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ConservationVerdict.Assess([], 1, 1.0, 1, 1));
    }
}
