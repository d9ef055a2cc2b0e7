using System.Text;

namespace GrandVerify.Symbolic.Printing;

/// <summary>
/// Plain text that <see cref="Parsing.Parser"/> reads back: terms in printed order (higher
/// degree first, then atoms in natural order), "a - b" rather than "a + -b", negative powers
/// as a denominator (x/eps, t/(2*eps^2)), fractions as (N)/(D).
/// </summary>
public static class PlainPrinter
{
    public static string Print(Expr e)
    {
        var parts = new List<(bool Negative, string Text)>();
        foreach (var (n, d) in e.Fractions)
        {
            if (d.IsOne)
            {
                parts.AddRange(Terms(n));
                continue;
            }

            // sign out of the numerator when its leading coefficient is negative
            var negative = n.LeadingTerm().Coefficient.Sign < 0;
            var shown = negative ? -n : n;
            var top = shown.Count == 1 ? Polynomial(shown) : "(" + Polynomial(shown) + ")";
            parts.Add((negative, top + "/(" + Polynomial(d) + ")"));
        }

        return Join(parts);
    }

    public static string Polynomial(Polynomial p) => Join(Terms(p).ToList());

    public static string Monomial(Monomial m) => Term(Rational.One, m);

    public static string Atom(Atom a, int exponent = 1)
    {
        var text = a.Key;
        return exponent == 1 ? text : text + "^" + exponent;
    }

    internal static string Join(IReadOnlyList<(bool Negative, string Text)> parts)
    {
        if (parts.Count == 0)
        {
            return "0";
        }

        var sb = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var (negative, text) = parts[i];
            sb.Append(i == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
            sb.Append(text);
        }

        return sb.ToString();
    }

    private static IEnumerable<(bool, string)> Terms(Polynomial p) =>
        p.OrderedTerms().Select(t =>
            (t.Coefficient.Sign < 0, Term(t.Coefficient.Abs(), t.Monomial)));

    private static string Term(Rational c, Monomial m)
    {
        // c prod a^e = (p prod_{e>0} a^e)/(q prod_{e<0} a^{-e})
        var factors = m.PrintedFactors();
        var top = factors.Where(f => f.Exponent > 0).Select(f => Atom(f.Atom, f.Exponent)).ToList();
        var bottom = factors.Where(f =>
            f.Exponent < 0).Select(f => Atom(f.Atom, -f.Exponent)).ToList();
        if (!c.Numerator.IsOne || top.Count == 0)
        {
            top.Insert(0, c.Numerator.ToString());
        }

        if (!c.Denominator.IsOne)
        {
            bottom.Insert(0, c.Denominator.ToString());
        }

        var text = string.Join("*", top);
        if (bottom.Count > 0)
        {
            text += "/" + (bottom.Count == 1 ? bottom[0] : "(" + string.Join("*", bottom) + ")");
        }

        return text;
    }
}
