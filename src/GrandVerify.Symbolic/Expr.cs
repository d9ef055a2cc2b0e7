namespace GrandVerify.Symbolic;

/// <summary>
/// An exact expression: a sum of fractions sum_k N_k / D_k over the atoms (symbols and
/// function applications), N_k a nonzero Laurent polynomial, D_k distinct denominators.
/// Each D_k is 1 or a primitive polynomial with integer coefficients, positive leading
/// coefficient (printed order), at least two terms and no monomial factor, so monomial
/// denominators live in N_k as negative exponents (x/eps = x eps^{-1}).
/// Local rules kept on every result: e^a e^b = e^{a+b}, e^0 = 1, sqrt(u)^2 = u (sqrt exponents
/// stay in {0, 1}), (ab)^k = a^k b^k.
/// Equality (<see cref="Equals(Expr)"/>, ==) is the zero test: a = b iff the numerator of
/// a - b over the common denominator prod D_k is the zero polynomial (see
/// <see cref="IsZero"/> for exactly what this decides). Immutable and thread-safe.
/// </summary>
public sealed partial class Expr : IEquatable<Expr>
{
    private readonly Dictionary<Polynomial, Polynomial> terms; // D_k -> N_k
    private ulong image;

    public static readonly Expr Zero = new([]);
    public static readonly Expr One = FromPolynomial(Polynomial.One);

    private Expr(Dictionary<Polynomial, Polynomial> terms)
    {
        this.terms = terms;
        AssertInvariant();
    }

    /// <summary>The fractions (N_k, D_k), denominator 1 first, then in printed order.</summary>
    public IReadOnlyList<(Polynomial Numerator, Polynomial Denominator)> Fractions =>
        terms.OrderBy(kv => kv.Key.IsOne ? 0 : 1)
            .ThenBy(kv => kv.Key.ToString(), NaturalOrder.Instance)
            .Select(kv => (kv.Value, kv.Key)).ToList();

    /// <summary>True when there is no non-monomial denominator (a Laurent polynomial).</summary>
    public bool IsPolynomial =>
        terms.Count == 0 || (terms.Count == 1 && terms.ContainsKey(Polynomial.One));

    /// <summary>Image modulo a large prime; a hash consistent with the zero test.</summary>
    internal ulong Image
    {
        get
        {
            if (image == 0)
            {
                var sum = 0UL;
                foreach (var (d, n) in terms)
                {
                    var di = d.Image();
                    if (di == 0)
                    {
                        sum = ModularImage.Undefined;
                        break;
                    }

                    sum = ModularImage.Add(sum, ModularImage.Mul(n.Image(), ModularImage.Inverse(di)));
                }

                image = sum == 0 ? ulong.MaxValue : sum;
            }

            return image;
        }
    }

    /// <summary>The symbol as an expression.</summary>
    public static Expr Of(Symbol s) =>
        FromPolynomial(Polynomial.Term(Rational.One, Monomial.Of(s)));

    /// <summary>Shorthand for <see cref="Of(Symbol)"/> of <see cref="Symbol.FromText"/>.</summary>
    public static Expr Sym(string text) => Of(Symbol.FromText(text));

    /// <summary>The rational constant c.</summary>
    public static Expr Of(Rational c) => FromPolynomial(Polynomial.Constant(c));

    public static implicit operator Expr(int c) => Of(c);

    public static implicit operator Expr(Rational c) => Of(c);

    /// <summary>The polynomial as an expression (sqrt(u)^2 = u applied).</summary>
    public static Expr FromPolynomial(Polynomial p)
    {
        if (p.IsZero)
        {
            return Zero ?? new Expr([]);
        }

        if (p.NeedsSqrtReduction)
        {
            return ReduceSqrt(p);
        }

        return new Expr(new() { [Polynomial.One] = p });
    }

    /// <summary>N / D in canonical form; throws DivideByZeroException when D = 0.</summary>
    public static Expr FromFraction(Polynomial numerator, Polynomial denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException($"Division of {numerator} by the zero polynomial.");
        }

        if (numerator.IsZero)
        {
            return Zero;
        }

        if (numerator.NeedsSqrtReduction || denominator.NeedsSqrtReduction)
        {
            return ReduceSqrt(numerator) / ReduceSqrt(denominator);
        }

        // N / (c m) = (1/c) m^{-1} N
        if (denominator.Count == 1)
        {
            var (m, c) = denominator.SingleTerm();
            return FromPolynomial(numerator.MultiplyTerm(c.Reciprocal(), m.Pow(-1)));
        }

        // N / (c g D') = ((1/c) g^{-1} N) / D'
        var (content, gcd) = denominator.ContentAndGcd();
        var inverse = gcd.Pow(-1);
        var d = denominator.MultiplyTerm(content.Reciprocal(), inverse);
        var n = numerator.MultiplyTerm(content.Reciprocal(), inverse);

        // sign: the printed leading coefficient of D' is positive
        if (d.LeadingTerm().Coefficient.Sign < 0)
        {
            (d, n) = (-d, -n);
        }

        // cancel when one side divides the other: N/D = Q or 1/(D/N)
        if (ExactDivision.TryDivide(n, d, out var q))
        {
            return FromPolynomial(q);
        }

        if (n.Count >= 2 && ExactDivision.TryDivide(d, n, out var r))
        {
            return FromFraction(Polynomial.One, r);
        }

        return new Expr(new() { [d] = n });
    }

    /// <summary>The constant value when the expression is a rational number.</summary>
    public bool TryGetRational(out Rational value)
    {
        value = Rational.Zero;
        if (terms.Count == 0)
        {
            return true;
        }

        return IsPolynomial && terms[Polynomial.One].IsConstant(out value);
    }

    /// <summary>
    /// The zero test. Over the common denominator prod D_k, the expression is zero iff the
    /// numerator sum_k N_k prod_{j != k} D_j, reduced by sqrt(u)^2 = u, is the zero polynomial.
    /// <para>What it decides: equality in the field of fractions of the ring generated by the
    /// atoms, where atoms are independent indeterminates except for the relations built into
    /// the canonical form: e^a e^b = e^{a+b} and e^0 = 1 (exp atoms form a group), sqrt(u)^2 = u,
    /// and f(u) = f(v) whenever u = v by this same test (arguments are compared recursively).
    /// So every polynomial or rational identity in symbols is decided exactly, and so are
    /// identities that hold by those rules alone, with opaque functions g, g', ... kept
    /// abstract.</para>
    /// <para>What it does not decide: any other relation between transcendental atoms:
    /// log(e^u) = u, e^{log u} = u, tanh(u) = (e^{2u}-1)/(e^{2u}+1), sigmoid(u) = 1/(1+e^{-u}),
    /// sqrt(ab) = sqrt(a) sqrt(b), sqrt(u^2) = |u|, relu(u) = u step(u), sign or range facts.
    /// Such identities are reported as not zero; <see cref="RewriteInExponentials"/> makes
    /// the tanh and sigmoid ones decidable. One further limit: function atoms are looked up by
    /// a hash that respects ring operations but not the exp rule across differently shaped
    /// fractions, so f(u) and f(v) with u = v only through an uncancelled common factor that
    /// contains exps may stay two atoms. Every such limit errs towards "not zero"; a "zero"
    /// answer is always a proof.</para>
    /// </summary>
    public bool IsZero
    {
        get
        {
            if (terms.Count <= 1)
            {
                return terms.Count == 0;
            }

            // S = sum_k N_k prod_{j != k} D_j
            var dens = terms.Keys.ToList();
            var sum = Zero;
            foreach (var (d, n) in terms)
            {
                var product = FromPolynomial(n);
                foreach (var other in dens)
                {
                    if (!ReferenceEquals(other, d))
                    {
                        product = product * FromPolynomial(other);
                    }
                }

                sum += product;
            }

            return sum.IsZero;
        }
    }

    public bool Equals(Expr? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null)
        {
            return false;
        }

        return StructurallyEquals(other) || (this - other).IsZero;
    }

    public override bool Equals(object? obj) => Equals(obj as Expr);

    public override int GetHashCode() => Image.GetHashCode();

    public static bool operator ==(Expr? a, Expr? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(Expr? a, Expr? b) => !(a == b);

    /// <summary>Whether the two canonical forms are the same objects term by term.</summary>
    public bool StructurallyEquals(Expr other)
    {
        if (other.terms.Count != terms.Count)
        {
            return false;
        }

        foreach (var (d, n) in terms)
        {
            if (!other.terms.TryGetValue(d, out var m) || !m.Equals(n))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="symbol"/> occurs anywhere (also inside
    /// functions).</summary>
    public bool DependsOn(Symbol symbol) =>
        terms.Any(kv => kv.Key.Atoms().Concat(kv.Value.Atoms()).Any(a => AtomDependsOn(a, symbol)));

    /// <summary>All symbols occurring, in printed order.</summary>
    public IReadOnlyList<Symbol> Symbols()
    {
        var set = new HashSet<Symbol>();
        CollectSymbols(set);
        return set.OrderBy(s => s).ToList();
    }

    internal void CollectSymbols(HashSet<Symbol> set)
    {
        foreach (var a in AllAtoms())
        {
            if (a is Symbol s)
            {
                set.Add(s);
            }
            else if (a is FunctionAtom f)
            {
                f.Argument.CollectSymbols(set);
            }
        }
    }

    /// <summary>The distinct atoms at the top level (not inside function arguments).</summary>
    public IEnumerable<Atom> AllAtoms() =>
        terms.SelectMany(kv => kv.Key.Atoms().Concat(kv.Value.Atoms())).Distinct();

    /// <summary>Plain text; <see cref="Parse"/> reads it back to an equal expression.</summary>
    public override string ToString() => Printing.PlainPrinter.Print(this);

    /// <summary>LaTeX form (deterministic order).</summary>
    public string ToLatex() => Printing.LatexPrinter.Print(this);

    /// <summary>Parses plain text; throws <see cref="ParseException"/> naming the
    /// position.</summary>
    public static Expr Parse(string text) => Parsing.Parser.Parse(text);

    internal IEnumerable<KeyValuePair<Polynomial, Polynomial>> RawTerms => terms;

    /// <summary>True with the atom when the expression is exactly one atom to the power
    /// 1.</summary>
    public bool TryGetSingleAtom(out Atom atom)
    {
        atom = null!;
        if (!IsPolynomial || terms.Count == 0)
        {
            return false;
        }

        var p = terms[Polynomial.One];
        if (p.Count != 1)
        {
            return false;
        }

        var (m, c) = p.SingleTerm();
        if (!c.IsOne || m.Count != 1 || m.ExponentAt(0) != 1)
        {
            return false;
        }

        atom = m.AtomAt(0);
        return true;
    }

    /// <summary>sigma(e) for the simultaneous substitution <paramref name="map"/>.</summary>
    public Expr Substitute(IReadOnlyDictionary<Symbol, Expr> map) =>
        Substitution.Substitute(this, map);

    /// <summary>e with the single symbol <paramref name="s"/> replaced by v.</summary>
    public Expr Substitute(Symbol s, Expr v) =>
        Substitution.Substitute(this, new Dictionary<Symbol, Expr> { [s] = v });

    /// <summary>de/dx (chain rule through every function).</summary>
    public Expr Diff(Symbol x) => Derivative.Partial(this, x);

    /// <summary>e at the symbol values in double precision.</summary>
    public double Evaluate(IReadOnlyDictionary<Symbol, double> values, OpaqueFunction? opaque = null) =>
        Evaluator.Evaluate(this, values, opaque);

    /// <summary>A delegate v -> e(v) for the variable order <paramref name="variables"/>.</summary>
    public Func<double[], double> Compile(IReadOnlyList<Symbol> variables, OpaqueFunction? opaque = null) =>
        Compiler.Compile(this, variables, opaque);

    /// <summary>The coefficient of s^k (e polynomial in s).</summary>
    public Expr Coefficient(Symbol s, int k) => Collection.Coefficient(this, s, k);

    /// <summary>The highest power of s (e polynomial in s).</summary>
    public int Degree(Symbol s) => Collection.Degree(this, s);

    /// <summary>d^k e/dx^k.</summary>
    public Expr Diff(Symbol x, int times) => Derivative.Partial(this, x, times);

    internal static bool AtomDependsOn(Atom a, Symbol symbol) =>
        ReferenceEquals(a, symbol) || (a is FunctionAtom f && f.DependsOn(symbol));

    [Conditional("DEBUG")]
    private void AssertInvariant()
    {
        foreach (var (d, n) in terms)
        {
            Debug.Assert(!n.IsZero, "expression stores a zero numerator");
            Debug.Assert(!n.NeedsSqrtReduction && !d.NeedsSqrtReduction, "unreduced sqrt power");
            Debug.Assert(d.IsOne || d.Count >= 2, "monomial denominator not moved to numerator");
        }
    }
}
