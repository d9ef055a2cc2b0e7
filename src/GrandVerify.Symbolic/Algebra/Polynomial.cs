using System.Numerics;
using System.Runtime.InteropServices;

namespace GrandVerify.Symbolic;

/// <summary>
/// A sparse Laurent polynomial sum_m c_m m over atoms with rational coefficients.
/// Invariant: no stored zero coefficient, so zero is the empty map; equality is structural
/// (same monomials, same coefficients) and the hash is independent of insertion order.
/// Immutable. The local rules for exp are kept by <see cref="Monomial"/>; sqrt(u)^2 = u is
/// applied one level up, in <see cref="Expr"/>.
/// </summary>
public sealed class Polynomial : IEquatable<Polynomial>
{
    private readonly Dictionary<Monomial, Rational> terms;
    private int hash;

    public static readonly Polynomial Zero = new([]);
    public static readonly Polynomial One = Constant(Rational.One);

    private Polynomial(Dictionary<Monomial, Rational> terms)
    {
        this.terms = terms;
        AssertInvariant();
    }

    public int Count => terms.Count;

    public bool IsZero => terms.Count == 0;

    /// <summary>The (monomial, coefficient) pairs, in no particular order.</summary>
    public IEnumerable<KeyValuePair<Monomial, Rational>> Terms => terms;

    /// <summary>True when a monomial carries sqrt(u)^k with k outside {0, 1}.</summary>
    public bool NeedsSqrtReduction => terms.Keys.Any(m => m.NeedsSqrtReduction);

    public static Polynomial Constant(Rational c) =>
        c.IsZero ? Zero : new Polynomial(new() { [Monomial.One] = c });

    public static Polynomial Term(Rational c, Monomial m) =>
        c.IsZero ? Zero : new Polynomial(new() { [m] = c });

    /// <summary>Collects terms (adding repeats, dropping zeros).</summary>
    public static Polynomial FromTerms(IEnumerable<(Monomial Monomial, Rational Coefficient)> terms)
    {
        var map = new Dictionary<Monomial, Rational>();
        foreach (var (m, c) in terms)
        {
            Accumulate(map, m, c);
        }

        return Build(map);
    }

    /// <summary>Coefficient of <paramref name="m"/> (zero when absent).</summary>
    public Rational CoefficientOf(Monomial m) => terms.GetValueOrDefault(m);

    /// <summary>True with the value when the polynomial is a constant (zero included).</summary>
    public bool IsConstant(out Rational value)
    {
        value = Rational.Zero;
        if (terms.Count == 0)
        {
            return true;
        }

        if (terms.Count == 1 && terms.TryGetValue(Monomial.One, out value))
        {
            return true;
        }

        return false;
    }

    public bool IsOne => IsConstant(out var c) && c.IsOne;

    /// <summary>The single term when Count == 1.</summary>
    public (Monomial Monomial, Rational Coefficient) SingleTerm()
    {
        Debug.Assert(terms.Count == 1);
        var kv = terms.First();
        return (kv.Key, kv.Value);
    }

    /// <summary>The first term in printed order (deterministic).</summary>
    public (Monomial Monomial, Rational Coefficient) LeadingTerm()
    {
        Debug.Assert(terms.Count > 0);
        var best = terms.First();
        foreach (var kv in terms)
        {
            if (Monomial.PrintedCompare(kv.Key, best.Key) < 0)
            {
                best = kv;
            }
        }

        return (best.Key, best.Value);
    }

    /// <summary>Terms in printed order.</summary>
    public IReadOnlyList<(Monomial Monomial, Rational Coefficient)> OrderedTerms()
    {
        var list = terms.Select(kv => (kv.Key, kv.Value)).ToList();
        list.Sort((x, y) => Monomial.PrintedCompare(x.Key, y.Key));
        return list;
    }

    public static Polynomial operator +(Polynomial a, Polynomial b)
    {
        if (a.IsZero)
        {
            return b;
        }

        if (b.IsZero)
        {
            return a;
        }

        var map = new Dictionary<Monomial, Rational>(a.terms);
        foreach (var (m, c) in b.terms)
        {
            Accumulate(map, m, c);
        }

        return Build(map);
    }

    public static Polynomial operator -(Polynomial a) => a.Scale(Rational.MinusOne);

    public static Polynomial operator -(Polynomial a, Polynomial b) => a + -b;

    /// <summary>a b = sum c_m d_n (m n), exps merging in the monomial product.</summary>
    public static Polynomial operator *(Polynomial a, Polynomial b)
    {
        if (a.IsZero || b.IsZero)
        {
            return Zero;
        }

        if (a.Count == 1 && a.terms.ContainsKey(Monomial.One))
        {
            return b.Scale(a.terms[Monomial.One]);
        }

        if (b.Count == 1 && b.terms.ContainsKey(Monomial.One))
        {
            return a.Scale(b.terms[Monomial.One]);
        }

        var map = new Dictionary<Monomial, Rational>(a.Count * b.Count);
        foreach (var (m, c) in a.terms)
        {
            foreach (var (n, d) in b.terms)
            {
                Accumulate(map, m * n, c * d);
            }
        }

        return Build(map);
    }

    /// <summary>c p.</summary>
    public Polynomial Scale(Rational c)
    {
        if (c.IsZero)
        {
            return Zero;
        }

        if (c.IsOne)
        {
            return this;
        }

        var map = new Dictionary<Monomial, Rational>(terms.Count);
        foreach (var (m, d) in terms)
        {
            map[m] = c * d;
        }

        return new Polynomial(map);
    }

    /// <summary>c m p.</summary>
    public Polynomial MultiplyTerm(Rational c, Monomial m)
    {
        if (m.IsOne)
        {
            return Scale(c);
        }

        var map = new Dictionary<Monomial, Rational>(terms.Count);
        foreach (var (n, d) in terms)
        {
            Accumulate(map, m * n, c * d);
        }

        return Build(map);
    }

    /// <summary>p^k for k &gt;= 0 by repeated squaring.</summary>
    public Polynomial Pow(int k)
    {
        if (k < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "Polynomial power needs k >= 0.");
        }

        var result = One;
        var square = this;
        while (k > 0)
        {
            if ((k & 1) != 0)
            {
                result *= square;
            }

            k >>= 1;
            if (k > 0)
            {
                square *= square;
            }
        }

        return result;
    }

    /// <summary>Formal partial derivative dp/da treating the atom as an indeterminate.</summary>
    public Polynomial FormalDerivative(Atom a)
    {
        var map = new Dictionary<Monomial, Rational>();
        foreach (var (m, c) in terms)
        {
            var e = m.ExponentOf(a);
            if (e != 0)
            {
                Accumulate(map, m.LowerExponent(a), c * e);
            }
        }

        return Build(map);
    }

    /// <summary>Atoms occurring in some monomial.</summary>
    public IEnumerable<Atom> Atoms() =>
        terms.Keys.SelectMany(m => m.Factors.Select(f => f.Atom)).Distinct();

    /// <summary>
    /// p = c g q with c &gt; 0 the rational content, q primitive with integer coefficients and
    /// g the monomial gcd over non-exp, non-sqrt atoms times the exp unit e^{u*}. The unit is
    /// chosen independently of any common exp factor: among the exp arguments u_k of the
    /// terms (0 for a term without exp), u* minimises the sorted images of the differences
    /// u_j - u_k (see <see cref="ModularImage"/>), so p and e^{c} p get the same q.
    /// Returns (c, g).
    /// </summary>
    internal (Rational Content, Monomial Gcd) ContentAndGcd()
    {
        Debug.Assert(!IsZero);

        // c = sign(lead) gcd(numerators)/lcm(denominators)
        BigInteger num = BigInteger.Zero, den = BigInteger.One;
        foreach (var c in terms.Values)
        {
            num = BigInteger.GreatestCommonDivisor(num, c.Numerator);
            den = den / BigInteger.GreatestCommonDivisor(den, c.Denominator) * c.Denominator;
        }

        var content = new Rational(num, den);

        // g = prod a^{min e_a} over atoms that may be divided out
        Dictionary<Atom, int>? min = null;
        foreach (var m in terms.Keys)
        {
            var local = new Dictionary<Atom, int>();
            foreach (var (a, e) in m.Factors)
            {
                if (a is not FunctionAtom { Kind: FunctionKind.Exp or FunctionKind.Sqrt })
                {
                    local[a] = e;
                }
            }

            if (min is null)
            {
                min = local;
                continue;
            }

            foreach (var a in min.Keys.ToList())
            {
                min[a] = Math.Min(min[a], local.GetValueOrDefault(a));
            }

            foreach (var (a, e) in local)
            {
                if (!min.ContainsKey(a))
                {
                    min[a] = Math.Min(0, e);
                }
            }
        }

        var factors = min!.Where(kv => kv.Value != 0).Select(kv => (kv.Key, kv.Value)).ToList();
        if (ExpUnit() is { } unit)
        {
            factors.Add((unit, 1));
        }

        return (content, Monomial.Create(factors));
    }

    /// <summary>e^{u*} of <see cref="ContentAndGcd"/>, or null when u* = 0.</summary>
    private FunctionAtom? ExpUnit()
    {
        // exp arguments u_k of the terms (0 for a term without exp), keyed by their image
        var arguments = new Dictionary<ulong, Expr>();
        foreach (var m in terms.Keys)
        {
            var u = m.Factors.Select(f => f.Atom).OfType<FunctionAtom>()
                .FirstOrDefault(f => f.Kind == FunctionKind.Exp)?.Argument ?? Expr.Zero;
            arguments.TryAdd(u.IsZero ? 0UL : u.Image, u);
        }

        if (arguments.Count == 1 && arguments.ContainsKey(0UL))
        {
            return null;
        }

        // u* = argmin_k of the sorted images {img(u_j) - img(u_k)}: a shift-invariant choice
        ulong[] Key(ulong k) => [.. arguments.Keys.Select(j => ModularImage.Sub(j, k)).Order()];
        var best = arguments.Keys.MinBy(Key, Comparer<ulong[]>.Create(CompareSequences));
        return Expr.ExpAtom(arguments[best]);
    }

    private static int CompareSequences(ulong[] a, ulong[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Image modulo P with each atom at its (nonzero) residue.</summary>
    internal ulong Image()
    {
        var sum = 0UL;
        foreach (var (m, c) in terms)
        {
            // c prod r_a^{e_a} mod P
            var v = ModularImage.OfInteger(c.Numerator);
            if (!c.Denominator.IsOne)
            {
                v = ModularImage.Mul(v, ModularImage.Inverse(ModularImage.OfInteger(c.Denominator)));
            }

            foreach (var (a, e) in m.Factors)
            {
                var r = e > 0 ? a.Residue : a.InverseResidue;
                var k = Math.Abs(e);
                v = ModularImage.Mul(v, k == 1 ? r : ModularImage.Pow(r, (ulong)k));
            }

            sum = ModularImage.Add(sum, v);
        }

        return sum;
    }

    public bool Equals(Polynomial? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.terms.Count != terms.Count
            || other.GetHashCode() != GetHashCode())
        {
            return false;
        }

        foreach (var (m, c) in terms)
        {
            if (!other.terms.TryGetValue(m, out var d) || d != c)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Polynomial);

    public override int GetHashCode()
    {
        if (hash == 0)
        {
            // order-independent: sum of per-term hashes
            var h = 0;
            foreach (var (m, c) in terms)
            {
                h += HashCode.Combine(m.GetHashCode(), c.GetHashCode());
            }

            hash = h == 0 ? 1 : h;
        }

        return hash;
    }

    public override string ToString() => Printing.PlainPrinter.Polynomial(this);

    private static void Accumulate(Dictionary<Monomial, Rational> map, Monomial m, Rational c)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(map, m, out _);
        slot += c;
    }

    private static Polynomial Build(Dictionary<Monomial, Rational> map)
    {
        // drop cancelled terms so that zero is the empty map
        List<Monomial>? zeros = null;
        foreach (var (m, c) in map)
        {
            if (c.IsZero)
            {
                (zeros ??= []).Add(m);
            }
        }

        if (zeros is not null)
        {
            foreach (var m in zeros)
            {
                map.Remove(m);
            }
        }

        return map.Count == 0 ? Zero : new Polynomial(map);
    }

    [Conditional("DEBUG")]
    private void AssertInvariant()
    {
        foreach (var c in terms.Values)
        {
            Debug.Assert(!c.IsZero, "polynomial stores a zero coefficient");
        }
    }
}
