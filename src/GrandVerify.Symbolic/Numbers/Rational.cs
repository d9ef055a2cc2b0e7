using System.Globalization;
using System.Numerics;

namespace GrandVerify.Symbolic;

/// <summary>
/// An exact rational number p/q with arbitrary-size integers.
/// Invariant: q &gt; 0 and gcd(p, q) = 1; zero is 0/1. <c>default(Rational)</c> is zero.
/// Integers (q = 1) take a short path in every operation.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger p;
    private readonly BigInteger q; // stored q; zero only in default(Rational), read as 1

    public static readonly Rational Zero = new(BigInteger.Zero, BigInteger.One, true);
    public static readonly Rational One = new(BigInteger.One, BigInteger.One, true);
    public static readonly Rational MinusOne = new(BigInteger.MinusOne, BigInteger.One, true);

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        Debug.Assert(normalised && denominator.Sign > 0);
        p = numerator;
        q = denominator;
    }

    /// <summary>The number numerator/denominator, reduced; throws on a zero denominator.</summary>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException($"Rational {numerator}/0: the denominator is zero.");
        }

        // p/q -> (p/g)/(q/g) with g = gcd(p, q), sign carried by p
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (denominator.Sign < 0)
        {
            g = -g;
        }

        p = numerator / g;
        q = denominator / g;
    }

    public BigInteger Numerator => p;

    public BigInteger Denominator => q.IsZero ? BigInteger.One : q;

    public bool IsZero => p.IsZero;

    public bool IsOne => p.IsOne && Denominator.IsOne;

    public bool IsInteger => Denominator.IsOne;

    public int Sign => p.Sign;

    public static implicit operator Rational(int value) => new(value, BigInteger.One, true);

    public static implicit operator Rational(long value) => new(value, BigInteger.One, true);

    public static implicit operator Rational(BigInteger value) => new(value, BigInteger.One, true);

    public static Rational operator -(Rational a) => new(-a.p, a.Denominator, true);

    public static Rational operator +(Rational a, Rational b)
    {
        // a/b + c/d = (ad + cb)/bd
        BigInteger qa = a.Denominator, qb = b.Denominator;
        if (qa.IsOne && qb.IsOne)
        {
            return new Rational(a.p + b.p, BigInteger.One, true);
        }

        return new Rational(a.p * qb + b.p * qa, qa * qb);
    }

    public static Rational operator -(Rational a, Rational b) => a + -b;

    public static Rational operator *(Rational a, Rational b)
    {
        BigInteger qa = a.Denominator, qb = b.Denominator;
        if (qa.IsOne && qb.IsOne)
        {
            return new Rational(a.p * b.p, BigInteger.One, true);
        }

        return new Rational(a.p * b.p, qa * qb);
    }

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException($"Rational division {a} / 0.");
        }

        return new Rational(a.p * b.Denominator, a.Denominator * b.p);
    }

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>1/a; throws on zero.</summary>
    public Rational Reciprocal()
    {
        if (IsZero)
        {
            throw new DivideByZeroException("Reciprocal of the rational 0.");
        }

        return p.Sign > 0 ? new Rational(Denominator, p, true) : new Rational(-Denominator, -p, true);
    }

    public Rational Abs() => p.Sign < 0 ? -this : this;

    /// <summary>a^k for any integer k (k &lt; 0 needs a != 0).</summary>
    public Rational Pow(int k)
    {
        if (k < 0)
        {
            return Reciprocal().Pow(-k);
        }

        return new Rational(BigInteger.Pow(p, k), BigInteger.Pow(Denominator, k), true);
    }

    /// <summary>The exact square root when this is the square of a rational, else false.</summary>
    public bool TrySqrt(out Rational root)
    {
        root = Zero;
        if (p.Sign < 0)
        {
            return false;
        }

        if (!TryIntegerSqrt(p, out var a) || !TryIntegerSqrt(Denominator, out var b))
        {
            return false;
        }

        root = new Rational(a, b, true);
        return true;
    }

    private static bool TryIntegerSqrt(BigInteger n, out BigInteger root)
    {
        // Newton iteration r <- (r + n/r)/2 from above, then check r^2 == n
        root = BigInteger.Zero;
        if (n.IsZero)
        {
            return true;
        }

        var r = (BigInteger)Math.Sqrt((double)n);
        for (var i = 0; i < 200; i++)
        {
            var next = (r + n / BigInteger.Max(r, BigInteger.One)) / 2;
            if (BigInteger.Abs(next - r) <= BigInteger.One)
            {
                break;
            }

            r = next;
        }

        for (var c = BigInteger.Max(r - 2, BigInteger.Zero); c <= r + 2; c++)
        {
            if (c * c == n)
            {
                root = c;
                return true;
            }
        }

        return false;
    }

    public double ToDouble()
    {
        var d = (double)p / (double)Denominator;
        if (double.IsFinite(d))
        {
            return d;
        }

        // both parts overflow a double: scale them down together
        var shift = (int)Math.Max(p.GetBitLength(), Denominator.GetBitLength()) - 1000;
        return (double)(p >> shift) / (double)(Denominator >> shift);
    }

    public bool Equals(Rational other) => p == other.p && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    public override int GetHashCode() => HashCode.Combine(p, Denominator);

    public int CompareTo(Rational other) =>
        (p * other.Denominator).CompareTo(other.p * Denominator);

    /// <summary>"p" or "p/q" in invariant culture.</summary>
    public override string ToString() => Denominator.IsOne
        ? p.ToString(CultureInfo.InvariantCulture)
        : p.ToString(CultureInfo.InvariantCulture) + "/"
            + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an unsigned decimal such as "12", "0.25" or "3e-2" exactly.</summary>
    public static Rational ParseDecimal(string text)
    {
        var mantissa = text;
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            mantissa = text[..e];
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        }

        var dot = mantissa.IndexOf('.');
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
            mantissa = mantissa.Remove(dot, 1);
        }

        var digits = BigInteger.Parse(mantissa, CultureInfo.InvariantCulture);
        return digits * ((Rational)10).Pow(exponent);
    }
}
