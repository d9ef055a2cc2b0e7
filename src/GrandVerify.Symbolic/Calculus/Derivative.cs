namespace GrandVerify.Symbolic;

/// <summary>
/// Partial derivatives. For a fraction, d(N/D) = N'/D - N D'/D^2; for a polynomial,
/// dP/dx = dP/dx|_formal + sum_f dP/df f'(u) du/dx over function atoms f(u) that depend on x.
/// Rules: exp' = exp, log' = 1/u, sqrt' = 1/(2 sqrt u), tanh' = 1 - tanh^2,
/// sigmoid' = sigmoid (1 - sigmoid), relu' = step, step' = 0 (almost everywhere),
/// opaque (g^(k))' = g^(k+1).
/// </summary>
public static class Derivative
{
    /// <summary>d^k e / dx^k for k &gt;= 0.</summary>
    public static Expr Partial(Expr e, Symbol x, int times)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        for (var i = 0; i < times; i++)
        {
            e = Partial(e, x);
        }

        return e;
    }

    /// <summary>de/dx.</summary>
    public static Expr Partial(Expr e, Symbol x)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(x);
        var cache = new Dictionary<FunctionAtom, Expr>();
        var result = Expr.Zero;
        foreach (var (d, n) in e.RawTerms)
        {
            var dn = OfPolynomial(n, x, cache);
            if (d.IsOne)
            {
                result += dn;
                continue;
            }

            // (N/D)' = N'/D - N D'/D^2
            var dd = OfPolynomial(d, x, cache);
            var inverse = Expr.FromFraction(Polynomial.One, d);
            result += dn * inverse;
            if (!dd.IsZero)
            {
                result -= Expr.FromFraction(n, d * d) * dd;
            }
        }

        return result;
    }

    /// <summary>f'(u) as an expression in u (the outer derivative of the chain rule).</summary>
    public static Expr Outer(FunctionAtom f)
    {
        var u = f.Argument;
        var self = Expr.Atom(f);
        return f.Kind switch
        {
            FunctionKind.Exp => self,
            FunctionKind.Log => 1 / u,
            FunctionKind.Sqrt => 1 / (2 * self),
            FunctionKind.Tanh => 1 - self * self,
            FunctionKind.Sigmoid => self * (1 - self),
            FunctionKind.Relu => Expr.Step(u),
            FunctionKind.Step => Expr.Zero,
            FunctionKind.Opaque => Expr.Function(f.Name, u, f.Order + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(f), f.Kind, "unknown function kind"),
        };
    }

    private static Expr OfPolynomial(Polynomial p, Symbol x, Dictionary<FunctionAtom, Expr> cache)
    {
        // dP/dx = (formal dP/dx) + sum_f (formal dP/df) (f'(u) du/dx)
        var result = Expr.FromPolynomial(p.FormalDerivative(x));
        foreach (var atom in p.Atoms())
        {
            if (atom is not FunctionAtom f || !f.DependsOn(x))
            {
                continue;
            }

            if (!cache.TryGetValue(f, out var chain))
            {
                chain = Outer(f) * Partial(f.Argument, x);
                cache[f] = chain;
            }

            if (!chain.IsZero)
            {
                result += Expr.FromPolynomial(p.FormalDerivative(f)) * chain;
            }
        }

        return result;
    }
}
