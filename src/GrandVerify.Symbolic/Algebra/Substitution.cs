namespace GrandVerify.Symbolic;

/// <summary>
/// Simultaneous substitution sigma: symbol -&gt; expression, extended to a ring homomorphism:
/// sigma(N/D) = sigma(N)/sigma(D), sigma(c prod a^e) = c prod sigma(a)^e,
/// sigma(f(u)) = f(sigma(u)) (re-canonicalised, so exp(x - x) becomes 1).
/// All replacements use the original expression: {x -&gt; y, y -&gt; x} swaps.
/// </summary>
public static class Substitution
{
    /// <summary>e with every symbol in <paramref name="map"/> replaced at once.</summary>
    public static Expr Substitute(Expr e, IReadOnlyDictionary<Symbol, Expr> map)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(map);
        if (map.Count == 0)
        {
            return e;
        }

        return MapAtoms(e, a => a switch
        {
            Symbol s => map.TryGetValue(s, out var v) ? v : null,
            FunctionAtom f => Expr.Apply(f, Substitute(f.Argument, map)),
            _ => null,
        });
    }

    /// <summary>
    /// Rebuilds e with each atom a replaced by image(a); a null image keeps the atom.
    /// Images are computed once per atom.
    /// </summary>
    public static Expr MapAtoms(Expr e, Func<Atom, Expr?> image)
    {
        var cache = new Dictionary<Atom, Expr?>();
        Expr? Lookup(Atom a)
        {
            if (!cache.TryGetValue(a, out var v))
            {
                v = image(a);
                if (v is not null && v.TryGetSingleAtom(out var same) && ReferenceEquals(same, a))
                {
                    v = null;
                }

                cache[a] = v;
            }

            return v;
        }

        var result = Expr.Zero;
        foreach (var (d, n) in e.RawTerms)
        {
            var num = MapPolynomial(n, Lookup);
            var den = d.IsOne ? Expr.One : MapPolynomial(d, Lookup);
            if (den.IsZero)
            {
                throw new DivideByZeroException(
                    $"The substitution sends the denominator {d} of {e} to zero.");
            }

            result += d.IsOne ? num : num / den;
        }

        return result;
    }

    private static Expr MapPolynomial(Polynomial p, Func<Atom, Expr?> lookup)
    {
        // c prod a^e = (c prod_{unchanged} a^e) prod_{changed} sigma(a)^e
        var kept = new List<(Monomial, Rational)>();
        var result = Expr.Zero;
        foreach (var (m, c) in p.Terms)
        {
            Expr? changed = null;
            var same = new List<(Atom, int)>();
            foreach (var (a, e) in m.Factors)
            {
                var v = lookup(a);
                if (v is null)
                {
                    same.Add((a, e));
                }
                else
                {
                    var power = v.Pow(e);
                    changed = changed is null ? power : changed * power;
                }
            }

            if (changed is null)
            {
                kept.Add((m, c));
                continue;
            }

            var rest = Polynomial.Term(c, Monomial.Create(same));
            result += Expr.FromPolynomial(rest) * changed;
        }

        return result + Expr.FromPolynomial(Polynomial.FromTerms(kept));
    }
}
