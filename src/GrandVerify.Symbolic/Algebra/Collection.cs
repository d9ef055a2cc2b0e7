namespace GrandVerify.Symbolic;

/// <summary>
/// Collection by a set of symbols: e = sum_alpha c_alpha(other atoms) s^alpha, for e that is
/// polynomial in the chosen symbols s (they occur neither in a denominator D_k nor inside a
/// function argument). Degree and coefficient extraction follow from it.
/// </summary>
public static class Collection
{
    /// <summary>The exponent vectors alpha (in the order of <paramref name="symbols"/>) with
    /// their coefficients, sorted by alpha descending; throws when e is not polynomial in
    /// them.</summary>
    public static IReadOnlyList<(int[] Exponents, Expr Coefficient)> Collect(
        Expr e, IReadOnlyList<Symbol> symbols)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(symbols);
        var groups = new Dictionary<string, (int[] Alpha, Expr Sum)>();
        foreach (var (d, n) in e.RawTerms)
        {
            CheckPolynomialIn(e, d, n, symbols);
            var inverse = d.IsOne ? Expr.One : Expr.FromFraction(Polynomial.One, d);
            foreach (var (m, c) in n.Terms)
            {
                // split c m = (c m / s^alpha) s^alpha
                var alpha = symbols.Select(s => m.ExponentOf(s)).ToArray();
                var rest = Monomial.Create(m.Factors.Where(f =>
                    f.Atom is not Symbol s || !symbols.Contains(s)));
                var coefficient = Expr.FromPolynomial(Polynomial.Term(c, rest)) * inverse;
                var key = string.Join(",", alpha);
                groups[key] = groups.TryGetValue(key, out var g)
                    ? (alpha, g.Sum + coefficient)
                    : (alpha, coefficient);
            }
        }

        return groups.Values.Where(g => !g.Sum.IsZero)
            .OrderByDescending(g => g.Alpha, Comparer<int[]>.Create(CompareLex))
            .Select(g => (g.Alpha, g.Sum)).ToList();
    }

    /// <summary>Highest power of s (0 for e = 0 or free of s; negative powers count too).</summary>
    public static int Degree(Expr e, Symbol s)
    {
        var terms = Collect(e, [s]);
        return terms.Count == 0 ? 0 : terms.Max(t => t.Exponents[0]);
    }

    /// <summary>The coefficient of s^k.</summary>
    public static Expr Coefficient(Expr e, Symbol s, int k) =>
        Collect(e, [s]).Where(t =>
            t.Exponents[0] == k).Select(t => t.Coefficient).FirstOrDefault() ?? Expr.Zero;

    private static void CheckPolynomialIn(Expr e, Polynomial d, Polynomial n, IReadOnlyList<Symbol> symbols)
    {
        foreach (var s in symbols)
        {
            var inside = n.Atoms().Concat(d.Atoms()).OfType<FunctionAtom>().Any(f =>
                f.DependsOn(s));
            if (inside || d.Atoms().Contains(s))
            {
                throw new ArgumentException(
                    $"{e} is not polynomial in {s}: it occurs in a denominator or a function argument.",
                    nameof(symbols));
            }
        }
    }

    private static int CompareLex(int[] x, int[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                return x[i].CompareTo(y[i]);
            }
        }

        return 0;
    }
}
