namespace GrandVerify.Symbolic;

/// <summary>
/// Exact division of polynomials in free atoms: q with n = q d, or failure. Multivariate
/// division by lexicographic leading terms (atoms in internal order): if d divides n then
/// lt(d) divides the leading term of every remainder (the order is multiplicative), so the
/// first leading term that lt(d) does not divide proves d does not divide n.
/// Atoms bound by relations (exp, sqrt) make the ring non-free; such inputs are declined.
/// Negative exponents are cleared by a monomial first (monomials are units).
/// </summary>
internal static class ExactDivision
{
    /// <summary>Work bound: quotient terms tried before giving up (a failure only means the
    /// fraction stays uncancelled, never a wrong result).</summary>
    private const int MaxQuotientTerms = 2000;

    public static bool TryDivide(Polynomial n, Polynomial d, out Polynomial q)
    {
        q = Polynomial.Zero;
        if (d.IsZero || n.IsZero || !IsFree(n) || !IsFree(d) || d.Count > n.Count * 4 + 4)
        {
            return false;
        }

        // n = s^{-1} n0 and d = t^{-1} d0 with n0, d0 free of negative exponents
        var s = ClearingMonomial(n);
        var t = ClearingMonomial(d);
        var r = n.MultiplyTerm(Rational.One, s);
        var d0 = d.MultiplyTerm(Rational.One, t);
        var (lm, lc) = Leading(d0);

        // r <- r - (lt(r)/lt(d0)) d0 until r = 0
        var quotient = new List<(Monomial, Rational)>();
        while (!r.IsZero)
        {
            var (rm, rc) = Leading(r);
            if (quotient.Count >= MaxQuotientTerms || !Divides(lm, rm))
            {
                return false;
            }

            var m = rm * lm.Pow(-1);
            var c = rc / lc;
            quotient.Add((m, c));
            r -= d0.MultiplyTerm(c, m);
        }

        // n / d = (n0 / d0) t s^{-1}
        q = Polynomial.FromTerms(quotient).MultiplyTerm(Rational.One, t * s.Pow(-1));
        return true;
    }

    private static bool IsFree(Polynomial p) => p.Atoms().All(a =>
        a is not FunctionAtom { Kind: FunctionKind.Exp or FunctionKind.Sqrt });

    private static Monomial ClearingMonomial(Polynomial p)
    {
        // prod a^{-min(0, min_m e_a(m))}
        var min = new Dictionary<Atom, int>();
        foreach (var (m, _) in p.Terms)
        {
            foreach (var (a, e) in m.Factors)
            {
                if (e < 0)
                {
                    min[a] = Math.Min(min.GetValueOrDefault(a), e);
                }
            }
        }

        return Monomial.Create(min.Select(kv => (kv.Key, -kv.Value)));
    }

    private static (Monomial, Rational) Leading(Polynomial p)
    {
        Monomial? best = null;
        var c = Rational.Zero;
        foreach (var (m, k) in p.Terms)
        {
            if (best is null || CompareLex(m, best) > 0)
            {
                best = m;
                c = k;
            }
        }

        return (best!, c);
    }

    /// <summary>Lex order: the first atom (internal order) with different exponents decides.</summary>
    private static int CompareLex(Monomial a, Monomial b)
    {
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            var ida = i < a.Count ? a.AtomAt(i).Id : int.MaxValue;
            var idb = j < b.Count ? b.AtomAt(j).Id : int.MaxValue;
            var ea = ida <= idb ? a.ExponentAt(i) : 0;
            var eb = idb <= ida ? b.ExponentAt(j) : 0;
            if (ea != eb)
            {
                return ea.CompareTo(eb);
            }

            i += ida <= idb ? 1 : 0;
            j += idb <= ida ? 1 : 0;
        }

        return 0;
    }

    private static bool Divides(Monomial d, Monomial m)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if (m.ExponentOf(d.AtomAt(i)) < d.ExponentAt(i))
            {
                return false;
            }
        }

        return true;
    }
}
