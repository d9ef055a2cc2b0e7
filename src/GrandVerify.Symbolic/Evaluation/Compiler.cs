using System.Linq.Expressions;
using LinqExpr = System.Linq.Expressions.Expression;

namespace GrandVerify.Symbolic;

/// <summary>
/// Compiles expressions to delegates over a fixed variable order v[0..n-1] with
/// System.Linq.Expressions. Each atom is computed once into a local (shared across the
/// entries of a vector or matrix), then sum_k N_k / D_k is formed from the locals.
/// Agrees with <see cref="Evaluator"/> up to rounding (same operations, other order).
/// </summary>
public static class Compiler
{
    /// <summary>v -&gt; e(v) where v[i] is the value of variables[i].</summary>
    public static Func<double[], double> Compile(
        Expr e, IReadOnlyList<Symbol> variables, OpaqueFunction? opaque = null)
    {
        var vector = CompileVector([e], variables, opaque);
        return v => vector(v)[0];
    }

    /// <summary>v -&gt; (e_0(v), ..., e_{m-1}(v)).</summary>
    public static Func<double[], double[]> CompileVector(
        IReadOnlyList<Expr> entries, IReadOnlyList<Symbol> variables, OpaqueFunction? opaque = null)
    {
        var builder = new Builder(variables, opaque);
        var result = LinqExpr.Variable(typeof(double[]), "result");
        var body = new List<LinqExpr>();
        var values = entries.Select(builder.Build).ToList();
        body.AddRange(builder.Assignments);
        var size = LinqExpr.Constant(entries.Count);
        body.Add(LinqExpr.Assign(result, LinqExpr.NewArrayBounds(typeof(double), size)));
        for (var i = 0; i < values.Count; i++)
        {
            body.Add(LinqExpr.Assign(LinqExpr.ArrayAccess(result, LinqExpr.Constant(i)), values[i]));
        }

        body.Add(result);
        var block = LinqExpr.Block(builder.Locals.Append(result), body);
        return LinqExpr.Lambda<Func<double[], double[]>>(block, builder.Input).Compile();
    }

    /// <summary>v -&gt; M(v) as a rows x cols array.</summary>
    public static Func<double[], double[,]> CompileMatrix(
        ExprMatrix m, IReadOnlyList<Symbol> variables, OpaqueFunction? opaque = null)
    {
        var entries = new List<Expr>();
        for (var i = 0; i < m.Rows; i++)
        {
            for (var j = 0; j < m.Cols; j++)
            {
                entries.Add(m[i, j]);
            }
        }

        var flat = CompileVector(entries, variables, opaque);
        var (rows, cols) = (m.Rows, m.Cols);
        return v =>
        {
            var values = flat(v);
            var a = new double[rows, cols];
            Buffer.BlockCopy(values, 0, a, 0, values.Length * sizeof(double));
            return a;
        };
    }

    private sealed class Builder
    {
        private readonly Dictionary<Symbol, int> index = [];
        private readonly Dictionary<Atom, ParameterExpression> locals = [];
        private readonly OpaqueFunction? opaque;

        public Builder(IReadOnlyList<Symbol> variables, OpaqueFunction? opaque)
        {
            for (var i = 0; i < variables.Count; i++)
            {
                if (!index.TryAdd(variables[i], i))
                {
                    throw new ArgumentException(
                        $"Variable {variables[i]} is listed twice.", nameof(variables));
                }
            }

            this.opaque = opaque;
        }

        public ParameterExpression Input { get; } = LinqExpr.Parameter(typeof(double[]), "v");

        public List<LinqExpr> Assignments { get; } = [];

        public IEnumerable<ParameterExpression> Locals => locals.Values;

        public LinqExpr Build(Expr e)
        {
            // sum_k N_k / D_k
            LinqExpr sum = LinqExpr.Constant(0.0);
            foreach (var (d, n) in e.RawTerms)
            {
                var term = d.IsOne ? Build(n) : LinqExpr.Divide(Build(n), Build(d));
                sum = LinqExpr.Add(sum, term);
            }

            return sum;
        }

        private LinqExpr Build(Polynomial p)
        {
            LinqExpr sum = LinqExpr.Constant(0.0);
            foreach (var (m, c) in p.Terms)
            {
                LinqExpr term = LinqExpr.Constant(c.ToDouble());
                foreach (var (a, k) in m.Factors)
                {
                    term = LinqExpr.Multiply(term, Power(Local(a), k));
                }

                sum = LinqExpr.Add(sum, term);
            }

            return sum;
        }

        private static LinqExpr Power(ParameterExpression x, int k)
        {
            if (k is > 0 and <= 4)
            {
                LinqExpr r = x;
                for (var i = 1; i < k; i++)
                {
                    r = LinqExpr.Multiply(r, x);
                }

                return r;
            }

            var pow = typeof(Math).GetMethod(nameof(Math.Pow))!;
            return LinqExpr.Call(pow, x, LinqExpr.Constant((double)k));
        }

        private ParameterExpression Local(Atom a)
        {
            if (locals.TryGetValue(a, out var local))
            {
                return local;
            }

            var value = a switch
            {
                Symbol s => index.TryGetValue(s, out var i)
                    ? LinqExpr.ArrayIndex(Input, LinqExpr.Constant(i))
                    : throw new ArgumentException(
                        $"Symbol {s} is not among the compiled variables."),
                FunctionAtom f => Function(f),
                _ => throw new InvalidOperationException($"Unknown atom {a}."),
            };
            local = LinqExpr.Variable(typeof(double), "a" + locals.Count);
            locals[a] = local;
            Assignments.Add(LinqExpr.Assign(local, value));
            return local;
        }

        private LinqExpr Function(FunctionAtom f)
        {
            var u = Build(f.Argument);
            if (f.Kind == FunctionKind.Opaque)
            {
                var g = opaque ?? throw new InvalidOperationException(
                    $"No numeric definition given for the opaque function {f.Name}.");
                return LinqExpr.Invoke(LinqExpr.Constant(g), LinqExpr.Constant(f.Name),
                    LinqExpr.Constant(f.Order), u);
            }

            var apply = typeof(Evaluator).GetMethod(nameof(Evaluator.Apply))!;
            return f.Kind switch
            {
                FunctionKind.Exp => Call(nameof(Math.Exp), u),
                FunctionKind.Log => Call(nameof(Math.Log), u),
                FunctionKind.Sqrt => Call(nameof(Math.Sqrt), u),
                FunctionKind.Tanh => Call(nameof(Math.Tanh), u),
                _ => LinqExpr.Call(apply, LinqExpr.Constant(f.Kind), u),
            };
        }

        private static LinqExpr Call(string name, LinqExpr u) =>
            LinqExpr.Call(typeof(Math).GetMethod(name, [typeof(double)])!, u);
    }
}
