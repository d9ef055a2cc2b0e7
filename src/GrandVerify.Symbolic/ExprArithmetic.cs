namespace GrandVerify.Symbolic;

/// <summary>Ring and field operations of <see cref="Expr"/>: fractions with equal
/// denominators add numerators; products multiply numerators and denominators.</summary>
public sealed partial class Expr
{
    public static Expr operator +(Expr a, Expr b)
    {
        if (a.terms.Count == 0)
        {
            return b;
        }

        if (b.terms.Count == 0)
        {
            return a;
        }

        // N/D + M/D = (N + M)/D; distinct denominators stay apart
        var map = new Dictionary<Polynomial, Polynomial>(a.terms);
        foreach (var (d, n) in b.terms)
        {
            AddTo(map, d, n);
        }

        return new Expr(map);
    }

    public static Expr operator -(Expr a)
    {
        var map = new Dictionary<Polynomial, Polynomial>(a.terms.Count);
        foreach (var (d, n) in a.terms)
        {
            map[d] = -n;
        }

        return new Expr(map);
    }

    public static Expr operator -(Expr a, Expr b) => a + -b;

    public static Expr operator *(Expr a, Expr b)
    {
        if (a.terms.Count == 0 || b.terms.Count == 0)
        {
            return Zero;
        }

        // (N/D)(M/E) = NM/(DE), summed over pairs of fractions
        var map = new Dictionary<Polynomial, Polynomial>();
        List<Expr>? irregular = null;
        foreach (var (d, n) in a.terms)
        {
            foreach (var (e, m) in b.terms)
            {
                var num = n * m;
                var den = d.IsOne ? e : e.IsOne ? d : d * e;
                if (den.IsOne && !num.NeedsSqrtReduction)
                {
                    AddTo(map, den, num);
                    continue;
                }

                (irregular ??= []).Add(FromFraction(num, den));
            }
        }

        var result = new Expr(map);
        if (irregular is not null)
        {
            foreach (var x in irregular)
            {
                result += x;
            }
        }

        return result;
    }

    public static Expr operator /(Expr a, Expr b) => a * b.Reciprocal();

    public static Expr operator +(Expr a, int b) => a + (Expr)b;

    public static Expr operator +(int a, Expr b) => (Expr)a + b;

    public static Expr operator -(Expr a, int b) => a - (Expr)b;

    public static Expr operator -(int a, Expr b) => (Expr)a - b;

    public static Expr operator *(Expr a, int b) => a * (Expr)b;

    public static Expr operator *(int a, Expr b) => (Expr)a * b;

    public static Expr operator /(Expr a, int b) => a / (Expr)b;

    public static Expr operator /(int a, Expr b) => (Expr)a / b;

    /// <summary>a^k for any integer k; (ab)^k = a^k b^k holds by construction. C# gives ^
    /// lower precedence than + and *: write (x ^ 2) * y, or use <see cref="Pow"/>.</summary>
    public static Expr operator ^(Expr a, int k) => a.Pow(k);

    /// <summary>1/e; throws DivideByZeroException when e is zero (by the zero test).</summary>
    public Expr Reciprocal()
    {
        var (n, d) = Combine();
        if (n.IsZero || IsZero)
        {
            throw new DivideByZeroException($"Division by an expression equal to zero: {this}.");
        }

        return FromFraction(d, n);
    }

    /// <summary>e^k for any integer k (k &lt; 0 takes the reciprocal).</summary>
    public Expr Pow(int k)
    {
        if (k < 0)
        {
            return Reciprocal().Pow(-k);
        }

        if (k == 0)
        {
            return One;
        }

        // a single fraction: (N/D)^k = N^k / D^k without cross terms
        if (terms.Count == 1)
        {
            var (d, n) = terms.First();
            if (n.Count == 1)
            {
                var (m, c) = n.SingleTerm();
                var power = Polynomial.Term(c.Pow(k), m.Pow(k));
                return d.IsOne ? FromPolynomial(power) : FromFraction(power, d.Pow(k));
            }
        }

        // repeated squaring
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

    /// <summary>This as one fraction over the common denominator prod D_k, cancelled when
    /// numerator and denominator divide one another.</summary>
    public Expr Together()
    {
        if (terms.Count <= 1)
        {
            return this;
        }

        var (n, d) = Combine();
        return FromFraction(n, d);
    }

    /// <summary>The single fraction N/D equal to this (common denominator prod D_k).</summary>
    public (Polynomial Numerator, Polynomial Denominator) Combine()
    {
        if (terms.Count == 0)
        {
            return (Polynomial.Zero, Polynomial.One);
        }

        // N = sum_k N_k prod_{j != k} D_j, D = prod_k D_k
        var num = Polynomial.Zero;
        var den = Polynomial.One;
        foreach (var (d, n) in terms)
        {
            num = num * d + n * den;
            den *= d;
        }

        return (num, den);
    }

    private static void AddTo(Dictionary<Polynomial, Polynomial> map, Polynomial d, Polynomial n)
    {
        if (map.TryGetValue(d, out var existing))
        {
            var sum = existing + n;
            if (sum.IsZero)
            {
                map.Remove(d);
            }
            else
            {
                map[d] = sum;
            }
        }
        else if (!n.IsZero)
        {
            map[d] = n;
        }
    }

    /// <summary>Rewrites sqrt(u)^k = u^{floor(k/2)} sqrt(u)^{k mod 2} in every monomial.</summary>
    private static Expr ReduceSqrt(Polynomial p)
    {
        var plain = new List<(Monomial, Rational)>();
        var result = Zero;
        foreach (var (m, c) in p.Terms)
        {
            if (!m.NeedsSqrtReduction)
            {
                plain.Add((m, c));
                continue;
            }

            // m = m0 prod sqrt(u_i)^{2 q_i + r_i}, r_i in {0, 1}
            var kept = new List<(Atom, int)>();
            var factor = Of(c);
            foreach (var (a, e) in m.Factors)
            {
                if (a is FunctionAtom { Kind: FunctionKind.Sqrt } s && e is < 0 or > 1)
                {
                    var r = ((e % 2) + 2) % 2;
                    var q = (e - r) / 2;
                    factor *= s.Argument.Pow(q);
                    if (r == 1)
                    {
                        kept.Add((a, 1));
                    }
                }
                else
                {
                    kept.Add((a, e));
                }
            }

            result += factor * new Expr(new()
            {
                [Polynomial.One] = Polynomial.Term(Rational.One, Monomial.Create(kept)),
            });
        }

        var rest = Polynomial.FromTerms(plain);
        return rest.IsZero ? result : result + new Expr(new() { [Polynomial.One] = rest });
    }
}
