namespace GrandVerify.Symbolic.Parsing;

/// <summary>
/// Recursive-descent parser of plain expressions:
/// <code>
/// sum     := product (('+' | '-') product)*
/// product := unary (('*' | '/') unary)*
/// unary   := ('-' | '+') unary | power
/// power   := primary ('^' unary)?          (integer exponent, or k/2 meaning sqrt(u)^k)
/// primary := number | name primes? ('(' sum (',' sum)* ')')? | '(' sum ')'
/// </code>
/// Names are a letter then letters, digits, underscores (x1, W_12, x_1__2). Known functions:
/// exp, log (ln), sqrt, tanh, sigmoid, relu, step, max(0, u) = relu(u); any other name applied
/// to one argument is an opaque function, and g'(u), g''(u) its derivatives.
/// </summary>
public sealed class Parser
{
    /// <summary>
    /// Deepest nesting of parentheses, calls and signs accepted: far beyond any formula a
    /// person writes, and well inside the stack the recursive descent needs.
    /// </summary>
    public const int MaxDepth = 500;

    private readonly string text;
    private int pos;
    private int depth;

    private Parser(string text) => this.text = text;

    /// <summary>Parses the whole text; throws <see cref="ParseException"/>.</summary>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        var e = parser.Sum();
        parser.SkipSpace();
        if (parser.pos < text.Length)
        {
            throw parser.Error("an operator (+ - * / ^) or the end of the input");
        }

        return e;
    }

    private Expr Sum()
    {
        var e = Product();
        while (true)
        {
            if (Accept('+'))
            {
                e += Product();
            }
            else if (Accept('-'))
            {
                e -= Product();
            }
            else
            {
                return e;
            }
        }
    }

    private Expr Product()
    {
        var e = Unary();
        while (true)
        {
            if (Accept('*'))
            {
                e *= Unary();
            }
            else if (Peek('/'))
            {
                var at = pos;
                Accept('/');
                var d = Unary();
                if (d.IsZero)
                {
                    throw new ParseException(text, at, "a divisor that is not zero");
                }

                e /= d;
            }
            else
            {
                return e;
            }
        }
    }

    private Expr Unary()
    {
        if (++depth > MaxDepth)
        {
            throw Error($"at most {MaxDepth} levels of nesting");
        }

        try
        {
            return SignedPower();
        }
        finally
        {
            depth--;
        }
    }

    private Expr SignedPower()
    {
        if (Accept('-'))
        {
            return -Unary();
        }

        if (Accept('+'))
        {
            return Unary();
        }

        return Power();
    }

    private Expr Power()
    {
        var b = Primary();
        if (!Peek('^'))
        {
            return b;
        }

        Accept('^');
        SkipSpace();
        var at = pos;
        var k = Unary();
        if (!k.TryGetRational(out var r) || !(r.Denominator.IsOne || r.Denominator == 2)
            || BigAbs(r.Numerator) > 10000)
        {
            throw new ParseException(text, at, "an integer exponent (or k/2), at most 10000");
        }

        if (b.IsZero && r.Sign <= 0)
        {
            throw new ParseException(text, at, "a positive exponent of zero");
        }

        var n = (int)r.Numerator;
        return r.Denominator.IsOne ? b.Pow(n) : Expr.Sqrt(b).Pow(n);
    }

    private Expr Primary()
    {
        SkipSpace();
        if (pos >= text.Length)
        {
            throw Error("a number, a name or '('");
        }

        var c = text[pos];
        if (c == '(')
        {
            pos++;
            var e = Sum();
            Expect(')');
            return e;
        }

        if (char.IsAsciiDigit(c) || c == '.')
        {
            return Number();
        }

        if (char.IsAsciiLetter(c))
        {
            return NameOrCall();
        }

        throw Error("a number, a name or '('");
    }

    private Expr Number()
    {
        var start = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }
        }

        // exponent only when a digit follows e, e+ or e-
        if (pos + 1 < text.Length && text[pos] is 'e' or 'E')
        {
            var look = pos + 1;
            if (text[look] is '+' or '-')
            {
                look++;
            }

            if (look < text.Length && char.IsAsciiDigit(text[look]))
            {
                pos = look;
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }
            }
        }

        var literal = text[start..pos];
        if (literal == "." || !literal.Any(char.IsAsciiDigit))
        {
            throw new ParseException(text, start, "a number");
        }

        try
        {
            return Rational.ParseDecimal(literal);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new ParseException(text, start, "a number with a small exponent");
        }
    }

    private Expr NameOrCall()
    {
        var start = pos;
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_'))
        {
            pos++;
        }

        var name = text[start..pos];
        var order = 0;
        while (pos < text.Length && text[pos] == '\'')
        {
            order++;
            pos++;
        }

        SkipSpace();
        if (pos >= text.Length || text[pos] != '(')
        {
            if (order > 0)
            {
                throw Error("'(' after a derivative g'");
            }

            return Symbol(name, start);
        }

        // f(a, b, ...)
        var argAt = pos + 1;
        pos++;
        var args = new List<Expr> { Sum() };
        while (Accept(','))
        {
            args.Add(Sum());
        }

        Expect(')');
        return Call(name, order, args, start, argAt);
    }

    private Expr Call(string name, int order, List<Expr> args, int at, int argAt)
    {
        if (name == "max")
        {
            // max(0, u) = max(u, 0) = relu(u)
            if (args.Count == 2 && args[0].IsZero)
            {
                return Expr.Relu(args[1]);
            }

            if (args.Count == 2 && args[1].IsZero)
            {
                return Expr.Relu(args[0]);
            }

            throw new ParseException(
                text, argAt, "max(0, u) or max(u, 0) (only relu is supported)");
        }

        if (args.Count != 1)
        {
            throw new ParseException(text, argAt, $"exactly one argument of {name}");
        }

        var u = args[0];
        var kind = name switch
        {
            "exp" => FunctionKind.Exp,
            "log" or "ln" => FunctionKind.Log,
            "sqrt" => FunctionKind.Sqrt,
            "tanh" => FunctionKind.Tanh,
            "sigmoid" => FunctionKind.Sigmoid,
            "relu" => FunctionKind.Relu,
            "step" => FunctionKind.Step,
            _ => FunctionKind.Opaque,
        };

        if (kind != FunctionKind.Opaque)
        {
            if (order > 0)
            {
                throw new ParseException(
                    text, at + name.Length, $"'(' after {name} (primes are for opaque functions)");
            }

            return Expr.Apply(kind, u);
        }

        if (name.Contains('_'))
        {
            throw new ParseException(text, at, "a function name of letters and digits");
        }

        return Expr.Function(name, u, order);
    }

    private Expr Symbol(string name, int at)
    {
        try
        {
            return Symbolic.Symbol.FromText(name);
        }
        catch (ArgumentException)
        {
            throw new ParseException(text, at, "a name: letters/digits, then _index and __index");
        }
    }

    private static System.Numerics.BigInteger BigAbs(System.Numerics.BigInteger n) =>
        System.Numerics.BigInteger.Abs(n);

    private bool Peek(char c)
    {
        SkipSpace();
        return pos < text.Length && text[pos] == c;
    }

    private bool Accept(char c)
    {
        if (!Peek(c))
        {
            return false;
        }

        pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!Accept(c))
        {
            throw Error($"'{c}'");
        }
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private ParseException Error(string expected) => new(text, pos, expected);
}
