namespace GrandVerify.Symbolic;

/// <summary>
/// Double-precision value of an expression: sum_k N_k(v) / D_k(v) with every atom evaluated
/// once (symbols from the value table, functions at their evaluated arguments). Used as the
/// interpreted oracle of <see cref="Compiler"/>; no exact claims rest on it.
/// </summary>
public static class Evaluator
{
    /// <summary>e at the symbol values; throws when a symbol or an opaque function is
    /// missing.</summary>
    public static double Evaluate(
        Expr e, IReadOnlyDictionary<Symbol, double> values, OpaqueFunction? opaque = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(values);
        return new Run(values, opaque).Value(e);
    }

    /// <summary>f(u) in double precision for a built-in function.</summary>
    public static double Apply(FunctionKind kind, double u) => kind switch
    {
        FunctionKind.Exp => Math.Exp(u),
        FunctionKind.Log => Math.Log(u),
        FunctionKind.Sqrt => Math.Sqrt(u),
        FunctionKind.Tanh => Math.Tanh(u),
        FunctionKind.Sigmoid => 1 / (1 + Math.Exp(-u)),
        FunctionKind.Relu => Math.Max(0, u),
        FunctionKind.Step => u > 0 ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a built-in function"),
    };

    private sealed class Run(IReadOnlyDictionary<Symbol, double> values, OpaqueFunction? opaque)
    {
        private readonly Dictionary<Atom, double> cache = [];

        public double Value(Expr e)
        {
            var sum = 0.0;
            foreach (var (d, n) in e.RawTerms)
            {
                sum += d.IsOne ? Value(n) : Value(n) / Value(d);
            }

            return sum;
        }

        private double Value(Polynomial p)
        {
            var sum = 0.0;
            foreach (var (m, c) in p.Terms)
            {
                var v = c.ToDouble();
                foreach (var (a, k) in m.Factors)
                {
                    v *= k == 1 ? Value(a) : Math.Pow(Value(a), k);
                }

                sum += v;
            }

            return sum;
        }

        private double Value(Atom a)
        {
            if (cache.TryGetValue(a, out var v))
            {
                return v;
            }

            v = a switch
            {
                Symbol s => values.TryGetValue(s, out var x) ? x
                    : throw new KeyNotFoundException($"No value given for the symbol {s}."),
                FunctionAtom { Kind: FunctionKind.Opaque } f => (opaque
                    ?? throw new InvalidOperationException(
                        $"No numeric definition given for the opaque function {f.Name}."))(
                    f.Name, f.Order, Value(f.Argument)),
                FunctionAtom f => Apply(f.Kind, Value(f.Argument)),
                _ => throw new InvalidOperationException($"Unknown atom {a}."),
            };
            cache[a] = v;
            return v;
        }
    }
}
