namespace GrandVerify.Symbolic;

/// <summary>
/// Images of expressions in the field Z/P, P = 2^61 - 1, with each atom sent to a fixed
/// pseudo-random residue. The image is a ring homomorphism on the canonical forms, so
/// expressions that the zero test declares equal have equal images; it serves only as a
/// hash code consistent with that equality, never as a decision.
/// </summary>
internal static class ModularImage
{
    public const ulong P = (1UL << 61) - 1;

    /// <summary>Image used when a denominator vanishes modulo P (probability ~ degree/P).</summary>
    public const ulong Undefined = 0x5bd1e995UL;

    public static ulong Add(ulong a, ulong b)
    {
        var s = a + b;
        return s >= P ? s - P : s;
    }

    public static ulong Sub(ulong a, ulong b) => a >= b ? a - b : a + P - b;

    public static ulong Mul(ulong a, ulong b)
    {
        var m = (UInt128)a * b;
        var r = (ulong)(m & P) + (ulong)(m >> 61);
        r = (r & P) + (r >> 61);
        return r >= P ? r - P : r;
    }

    public static ulong Pow(ulong a, ulong k)
    {
        ulong r = 1;
        while (k > 0)
        {
            if ((k & 1) != 0)
            {
                r = Mul(r, a);
            }

            a = Mul(a, a);
            k >>= 1;
        }

        return r;
    }

    /// <summary>a^{-1} by Fermat (a^{P-2}); the caller ensures a != 0.</summary>
    public static ulong Inverse(ulong a) => Pow(a, P - 2);

    /// <summary>A square root of a when a is a square (P = 3 mod 4: a^{(P+1)/4}).</summary>
    public static ulong SquareRoot(ulong a) => Pow(a, (P + 1) / 4);

    public static ulong OfInteger(System.Numerics.BigInteger n)
    {
        var r = (ulong)(System.Numerics.BigInteger.Abs(n) % P);
        return n.Sign < 0 && r != 0 ? P - r : r;
    }

    /// <summary>A nonzero residue from text (FNV-1a, then a 64-bit mix).</summary>
    public static ulong OfText(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Scramble(h);
    }

    /// <summary>A nonzero residue depending on both inputs (for f(u) from f and u's
    /// image).</summary>
    public static ulong Mix(ulong a, ulong b) =>
        Scramble(a * 0x9E3779B97F4A7C15UL ^ (b + 0x632BE59BD9B4E019UL));

    private static ulong Scramble(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        var r = h % P;
        return r == 0 ? 1 : r;
    }
}
