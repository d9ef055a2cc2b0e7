namespace GrandVerify.Symbolic;

/// <summary>Function applications with their evaluation rules at exact arguments:
/// e^0 = 1, log 1 = 0, sqrt(c^2) = |c| for rational c, tanh 0 = 0, sigmoid 0 = 1/2,
/// relu c = max(0, c), step c = [c &gt; 0].</summary>
public sealed partial class Expr
{
    private static readonly HashSet<string> Reserved =
        ["exp", "log", "ln", "sqrt", "tanh", "sigmoid", "relu", "step", "max"];

    public static Expr Exp(Expr u) => ExpAtom(u) is { } a ? Atom(a) : One;

    public static Expr Log(Expr u) => Apply(FunctionKind.Log, u);

    public static Expr Sqrt(Expr u) => Apply(FunctionKind.Sqrt, u);

    public static Expr Tanh(Expr u) => Apply(FunctionKind.Tanh, u);

    public static Expr Sigmoid(Expr u) => Apply(FunctionKind.Sigmoid, u);

    public static Expr Relu(Expr u) => Apply(FunctionKind.Relu, u);

    public static Expr Step(Expr u) => Apply(FunctionKind.Step, u);

    /// <summary>The opaque function <paramref name="name"/>^(order) at u (g, g', g'',
    /// ...).</summary>
    public static Expr Function(string name, Expr u, int order = 0)
    {
        if (string.IsNullOrEmpty(name) || !char.IsAsciiLetter(name[0])
            || !name.All(char.IsAsciiLetterOrDigit) || Reserved.Contains(name))
        {
            throw new ArgumentException(
                $"Opaque function name '{name}' must be letters/digits and not a built-in.",
                nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(order);
        return Atom(FunctionAtom.Get(FunctionKind.Opaque, name, order, u));
    }

    /// <summary>f(u) for a built-in kind, with the exact evaluation rules.</summary>
    public static Expr Apply(FunctionKind kind, Expr u)
    {
        if (kind == FunctionKind.Opaque)
        {
            throw new ArgumentException(
                "Use Expr.Function(name, u) for opaque functions.", nameof(kind));
        }

        if (kind == FunctionKind.Exp)
        {
            return Exp(u);
        }

        if (u.TryGetRational(out var c) && TryEvaluateExactly(kind, c, out var value))
        {
            return value;
        }

        return Atom(FunctionAtom.Get(kind, FunctionAtom.NameOf(kind), 0, u));
    }

    /// <summary>The same function (kind, name, order) applied to another argument.</summary>
    public static Expr Apply(FunctionAtom f, Expr u) =>
        f.Kind == FunctionKind.Opaque ? Function(f.Name, u, f.Order) : Apply(f.Kind, u);

    /// <summary>The atom e^u, or null when u = 0 (e^0 = 1).</summary>
    internal static FunctionAtom? ExpAtom(Expr u) =>
        u.IsZero ? null : FunctionAtom.Get(FunctionKind.Exp, "exp", 0, u);

    /// <summary>The atom as an expression.</summary>
    public static Expr Atom(Atom a) =>
        FromPolynomial(Polynomial.Term(Rational.One, Monomial.Of(a)));

    /// <summary>Replaces tanh(u) by (e^{2u} - 1)/(e^{2u} + 1) and sigmoid(u) by 1/(1 + e^{-u})
    /// everywhere, so that identities between them and exponentials become decidable.</summary>
    public Expr RewriteInExponentials() => Substitution.MapAtoms(this, a => a switch
    {
        FunctionAtom { Kind: FunctionKind.Tanh } f => Rewritten(f),
        FunctionAtom { Kind: FunctionKind.Sigmoid } f => Rewritten(f),
        FunctionAtom f => Apply(f, f.Argument.RewriteInExponentials()),
        _ => Atom(a),
    });

    /// <summary>a = b by the zero test, or after <see cref="RewriteInExponentials"/> of both
    /// (an exact rewriting, so "equal" stays a decision).</summary>
    public static bool IdenticallyEqual(Expr a, Expr b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a == b || a.RewriteInExponentials() == b.RewriteInExponentials();
    }

    private static Expr Rewritten(FunctionAtom f)
    {
        var u = f.Argument.RewriteInExponentials();
        if (f.Kind == FunctionKind.Tanh)
        {
            var e2 = Exp(2 * u);
            return (e2 - 1) / (e2 + 1);
        }

        return 1 / (1 + Exp(-u));
    }

    private static bool TryEvaluateExactly(FunctionKind kind, Rational c, out Expr value)
    {
        value = Zero;
        switch (kind)
        {
            case FunctionKind.Log when c.IsOne:
                return true;
            case FunctionKind.Sqrt when c.TrySqrt(out var root):
                value = root;
                return true;
            case FunctionKind.Tanh when c.IsZero:
                return true;
            case FunctionKind.Sigmoid when c.IsZero:
                value = new Rational(1, 2);
                return true;
            case FunctionKind.Relu:
                value = c.Sign > 0 ? c : Rational.Zero;
                return true;
            case FunctionKind.Step:
                value = c.Sign > 0 ? 1 : 0;
                return true;
            default:
                return false;
        }
    }
}
