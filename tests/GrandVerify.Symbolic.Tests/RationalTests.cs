using System.Numerics;
using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

public sealed class RationalTests
{
    [Fact]
    public void Construction_Normalises()
    {
        var r = new Rational(6, -4);
        Assert.Equal(new BigInteger(-3), r.Numerator);
        Assert.Equal(new BigInteger(2), r.Denominator);
        Assert.Equal(Rational.Zero, new Rational(0, -7));
        Assert.Equal(Rational.Zero, default);
        Assert.Equal(Rational.One, default(Rational) + 1);
    }

    [Fact]
    public void Arithmetic_IsExact()
    {
        var third = new Rational(1, 3);
        Assert.Equal(Rational.One, third + third + third);
        Assert.Equal(new Rational(1, 9), third * third);
        Assert.Equal((Rational)3, Rational.One / third);
        Assert.Equal(new Rational(27, 8), new Rational(2, 3).Pow(-3));
        Assert.NotEqual(new Rational(333, 1000), third);
        Assert.Throws<DivideByZeroException>(() => third / Rational.Zero);
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
    }

    [Theory]
    [InlineData("0.25", 1, 4)]
    [InlineData("12", 12, 1)]
    [InlineData("3e-2", 3, 100)]
    [InlineData("1.5E3", 1500, 1)]
    public void ParseDecimal_IsExact(string text, int p, int q) =>
        Assert.Equal(new Rational(p, q), Rational.ParseDecimal(text));

    [Fact]
    public void TrySqrt_FindsExactRootsOnly()
    {
        Assert.True(new Rational(9, 4).TrySqrt(out var root));
        Assert.Equal(new Rational(3, 2), root);
        Assert.False(((Rational)2).TrySqrt(out _));
        Assert.False(((Rational)(-4)).TrySqrt(out _));
        var big = BigInteger.Pow(10, 40) + 7;
        Assert.True(((Rational)(big * big)).TrySqrt(out root));
        Assert.Equal((Rational)big, root);
    }

    [Fact]
    public void ToDouble_HandlesHugeNumeratorAndDenominator()
    {
        var huge = BigInteger.Pow(10, 400);
        Assert.Equal(0.5, new Rational(huge, 2 * huge + 0).ToDouble(), 15);
        Assert.Equal(2.0 / 3.0, new Rational(2 * huge + 2, 3 * huge + 3).ToDouble(), 15);
    }
}
