namespace GrandVerify.Symbolic.Model;

/// <summary>
/// The functional derivative (5) of F[q] = int f(t, q, q', ..., q^(m)) dt on a jet space:
/// delta F / delta q = sum_{m &gt;= 0} (-1)^m D_t^m (df/dq^(m)), the Euler-Lagrange operator.
/// The alternating sign is what makes total derivatives D_t phi have zero functional derivative.
/// With <c>alternating: false</c> it computes the sum as printed in (5), without (-1)^m.
/// </summary>
public static class FunctionalDerivative
{
    /// <summary>sum_m (+-1)^m D_t^m df/dq^(m) for the chain q, q', ... of <paramref name="chain"/>.</summary>
    public static Expr Apply(Expr f, JetSpace jet, IReadOnlyList<Symbol> chain, bool alternating = true)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(jet);
        ArgumentNullException.ThrowIfNull(chain);
        var result = Expr.Zero;
        for (var m = 0; m < chain.Count; m++)
        {
            // (-1)^m D_t^m df/dq^(m)
            var term = f.Diff(chain[m]);
            if (term.IsZero)
            {
                continue;
            }

            for (var k = 0; k < m; k++)
            {
                term = jet.TimeDerivative(term);
            }

            result += alternating && m % 2 == 1 ? -term : term;
        }

        return result;
    }
}
