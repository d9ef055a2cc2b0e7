using System.Text;

namespace GrandVerify.Symbolic.Printing;

/// <summary>
/// LaTeX in the same deterministic order as the plain form: \frac for fractions, indexed
/// symbols as x_{1}^{I}, trailing digits as a subscript (x1 -&gt; x_{1}), Greek names as
/// letters (eps -&gt; \varepsilon), e^{u} for exp, g', g'', g^{(k)} for opaque derivatives.
/// </summary>
public static class LatexPrinter
{
    private static readonly Dictionary<string, string> Greek = new()
    {
        ["alpha"] = @"\alpha",
        ["beta"] = @"\beta",
        ["gamma"] = @"\gamma",
        ["delta"] = @"\delta",
        ["eps"] = @"\varepsilon",
        ["epsilon"] = @"\varepsilon",
        ["zeta"] = @"\zeta",
        ["eta"] = @"\eta",
        ["theta"] = @"\theta",
        ["kappa"] = @"\kappa",
        ["lambda"] = @"\lambda",
        ["mu"] = @"\mu",
        ["nu"] = @"\nu",
        ["xi"] = @"\xi",
        ["pi"] = @"\pi",
        ["rho"] = @"\rho",
        ["sigma"] = @"\sigma",
        ["tau"] = @"\tau",
        ["phi"] = @"\phi",
        ["chi"] = @"\chi",
        ["psi"] = @"\psi",
        ["omega"] = @"\omega",
    };

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

            var negative = n.LeadingTerm().Coefficient.Sign < 0;
            var shown = negative ? -n : n;
            parts.Add((negative, @"\frac{" + Polynomial(shown) + "}{" + Polynomial(d) + "}"));
        }

        return PlainPrinter.Join(parts);
    }

    public static string Polynomial(Polynomial p) => PlainPrinter.Join(Terms(p).ToList());

    public static string Atom(Atom a) => a switch
    {
        Symbol s => Symbol(s),
        FunctionAtom f => Function(f),
        _ => a.Key,
    };

    private static IEnumerable<(bool, string)> Terms(Polynomial p) =>
        p.OrderedTerms().Select(t =>
            (t.Coefficient.Sign < 0, Term(t.Coefficient.Abs(), t.Monomial)));

    private static string Term(Rational c, Monomial m)
    {
        // c prod a^e = \frac{p prod_{e>0} a^e}{q prod_{e<0} a^{-e}}
        var factors = m.PrintedFactors();
        var top = factors.Where(f =>
            f.Exponent > 0).Select(f => Power(f.Atom, f.Exponent)).ToList();
        var bottom = factors.Where(f =>
            f.Exponent < 0).Select(f => Power(f.Atom, -f.Exponent)).ToList();
        if (!c.Numerator.IsOne || top.Count == 0)
        {
            top.Insert(0, c.Numerator.ToString());
        }

        if (!c.Denominator.IsOne)
        {
            bottom.Insert(0, c.Denominator.ToString());
        }

        var numerator = string.Join(" ", top);
        return bottom.Count == 0 ? numerator
            : @"\frac{" + numerator + "}{" + string.Join(" ", bottom) + "}";
    }

    private static string Power(Atom a, int k)
    {
        var text = Atom(a);
        if (k == 1)
        {
            return text;
        }

        var wrap = a is FunctionAtom || text.Contains('_') || text.Contains('^');
        return (wrap ? "{" + text + "}" : text) + "^{" + k + "}";
    }

    private static string Symbol(Symbol s)
    {
        // x1 -> x_{1}: a trailing digit run of the base becomes a subscript
        var name = s.Name;
        var lower = s.Lower;
        var cut = name.Length;
        while (cut > 1 && char.IsAsciiDigit(name[cut - 1]))
        {
            cut--;
        }

        if (cut < name.Length && lower.Length == 0)
        {
            lower = name[cut..];
            name = name[..cut];
        }

        var shown = name.Length > 1 ? @"\mathrm{" + name + "}" : name;
        var sb = new StringBuilder(Greek.GetValueOrDefault(name, shown));
        if (lower.Length > 0)
        {
            sb.Append("_{").Append(lower).Append('}');
        }

        if (s.Upper.Length > 0)
        {
            sb.Append("^{").Append(s.Upper).Append('}');
        }

        return sb.ToString();
    }

    private static string Function(FunctionAtom f)
    {
        var u = Print(f.Argument);
        return f.Kind switch
        {
            FunctionKind.Exp => "e^{" + u + "}",
            FunctionKind.Log => @"\log\left(" + u + @"\right)",
            FunctionKind.Sqrt => @"\sqrt{" + u + "}",
            FunctionKind.Tanh => @"\tanh\left(" + u + @"\right)",
            FunctionKind.Opaque => OpaqueName(f) + @"\left(" + u + @"\right)",
            _ => @"\operatorname{" + f.Name + @"}\left(" + u + @"\right)",
        };
    }

    private static string OpaqueName(FunctionAtom f)
    {
        var name = f.Name.Length > 1 ? Greek.GetValueOrDefault(f.Name, @"\mathrm{" + f.Name + "}") : f.Name;
        return f.Order <= 3 ? name + new string('\'', f.Order) : name + "^{(" + f.Order + ")}";
    }
}
