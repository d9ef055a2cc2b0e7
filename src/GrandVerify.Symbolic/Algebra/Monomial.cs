using System.Collections.Concurrent;

namespace GrandVerify.Symbolic;

/// <summary>
/// A Laurent monomial prod a_i^{e_i} over atoms, e_i != 0 (negative allowed).
/// Invariants: atoms sorted by internal id, no repeats; at most one exp atom, with exponent 1
/// (e^a e^b = e^{a+b}, (e^a)^k = e^{ka}, e^0 = 1 are applied on construction).
/// Square-root atoms may temporarily carry exponents outside {0, 1};
/// <see cref="NeedsSqrtReduction"/> tells the expression layer to rewrite sqrt(u)^2 = u.
/// </summary>
public sealed class Monomial : IEquatable<Monomial>
{
    private static readonly ConcurrentDictionary<(int, int), FunctionAtom?> ExpProducts = new();

    private readonly Atom[] atoms;
    private readonly int[] exponents;
    private readonly int hash;

    public static readonly Monomial One = new([], []);

    private Monomial(Atom[] atoms, int[] exponents)
    {
        this.atoms = atoms;
        this.exponents = exponents;
        var h = 17;
        for (var i = 0; i < atoms.Length; i++)
        {
            h = h * 486187739 + atoms[i].Id * 31 + exponents[i];
            if (atoms[i] is FunctionAtom { Kind: FunctionKind.Sqrt } && exponents[i] is < 0 or > 1)
            {
                NeedsSqrtReduction = true;
            }
        }

        hash = h;
        AssertInvariant();
    }

    /// <summary>Number of atoms with a nonzero exponent.</summary>
    public int Count => atoms.Length;

    public bool IsOne => atoms.Length == 0;

    /// <summary>True when some sqrt atom has an exponent outside {0, 1}.</summary>
    public bool NeedsSqrtReduction { get; }

    /// <summary>Sum of the exponents.</summary>
    public int TotalDegree => exponents.Sum();

    public Atom AtomAt(int i) => atoms[i];

    public int ExponentAt(int i) => exponents[i];

    /// <summary>(atom, exponent) pairs in internal order.</summary>
    public IEnumerable<(Atom Atom, int Exponent)> Factors
    {
        get
        {
            for (var i = 0; i < atoms.Length; i++)
            {
                yield return (atoms[i], exponents[i]);
            }
        }
    }

    /// <summary>Exponent of <paramref name="atom"/> (0 when absent).</summary>
    public int ExponentOf(Atom atom)
    {
        for (var i = 0; i < atoms.Length; i++)
        {
            if (ReferenceEquals(atoms[i], atom))
            {
                return exponents[i];
            }
        }

        return 0;
    }

    /// <summary>a^e as a monomial (exp atoms become exp(e a)).</summary>
    public static Monomial Of(Atom atom, int exponent = 1) => Create([(atom, exponent)]);

    /// <summary>The canonical monomial of arbitrary factors (repeats and exps merged).</summary>
    public static Monomial Create(IEnumerable<(Atom Atom, int Exponent)> factors)
    {
        // sum exponents per atom; collect exp atoms as sum e_i u_i for e^{sum e_i u_i}
        var map = new Dictionary<Atom, int>();
        Expr? expArgument = null;
        foreach (var (atom, e) in factors)
        {
            if (e == 0)
            {
                continue;
            }

            if (atom is FunctionAtom { Kind: FunctionKind.Exp } f)
            {
                var term = f.Argument * e;
                expArgument = expArgument is null ? term : expArgument + term;
                continue;
            }

            map[atom] = map.GetValueOrDefault(atom) + e;
        }

        var list = map.Where(kv => kv.Value != 0).Select(kv => (kv.Key, kv.Value)).ToList();
        if (expArgument is not null && Expr.ExpAtom(expArgument) is { } merged)
        {
            list.Add((merged, 1));
        }

        list.Sort((x, y) => x.Item1.Id.CompareTo(y.Item1.Id));
        return new Monomial(list.Select(x =>
            x.Item1).ToArray(), list.Select(x => x.Item2).ToArray());
    }

    /// <summary>a b, merging exps: e^u e^v = e^{u+v}.</summary>
    public static Monomial operator *(Monomial a, Monomial b)
    {
        if (a.atoms.Length == 0)
        {
            return b;
        }

        if (b.atoms.Length == 0)
        {
            return a;
        }

        // merge the sorted factor lists, adding exponents of common atoms
        var atoms = new Atom[UnionSize(a.atoms, b.atoms)];
        var exps = new int[atoms.Length];
        int i = 0, j = 0, n = 0, expA = -1, expB = -1;
        while (i < a.atoms.Length || j < b.atoms.Length)
        {
            Atom atom;
            int e;
            bool fromA;
            if (j >= b.atoms.Length || (i < a.atoms.Length && a.atoms[i].Id < b.atoms[j].Id))
            {
                (atom, e, fromA) = (a.atoms[i], a.exponents[i], true);
                i++;
            }
            else if (i >= a.atoms.Length || b.atoms[j].Id < a.atoms[i].Id)
            {
                (atom, e, fromA) = (b.atoms[j], b.exponents[j], false);
                j++;
            }
            else
            {
                (atom, e, fromA) = (a.atoms[i], a.exponents[i] + b.exponents[j], true);
                i++;
                j++;
            }

            if (e == 0)
            {
                continue;
            }

            if (atom is FunctionAtom { Kind: FunctionKind.Exp })
            {
                if (fromA && e == 2)
                {
                    // the same exp atom on both sides: e^u e^u = e^{2u}
                    return Create(a.Factors.Concat(b.Factors));
                }

                if (fromA)
                {
                    expA = n;
                }
                else
                {
                    expB = n;
                }
            }

            atoms[n] = atom;
            exps[n] = e;
            n++;
        }

        if (expA >= 0 && expB >= 0)
        {
            return MergeExps(atoms, exps, n, expA, expB);
        }

        return n == atoms.Length ? new Monomial(atoms, exps) : new Monomial(atoms[..n], exps[..n]);
    }

    /// <summary>Number of distinct atoms in two id-sorted lists.</summary>
    private static int UnionSize(Atom[] a, Atom[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].Id.CompareTo(b[j].Id);
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
            n++;
        }

        return n + (a.Length - i) + (b.Length - j);
    }

    /// <summary>m^k (k may be negative); exps scale their argument.</summary>
    public Monomial Pow(int k)
    {
        if (k == 1)
        {
            return this;
        }

        if (k == 0 || atoms.Length == 0)
        {
            return One;
        }

        return Create(Factors.Select(f => (f.Atom, f.Exponent * k)));
    }

    /// <summary>This monomial with the exponent of <paramref name="atom"/> lowered by one,
    /// without exp merging (the formal partial derivative's monomial).</summary>
    internal Monomial LowerExponent(Atom atom)
    {
        var list = Factors.Select(f => ReferenceEquals(f.Atom, atom) ? (f.Atom, f.Exponent - 1) : f)
            .Where(f => f.Item2 != 0).ToList();
        return new Monomial(list.Select(f =>
            f.Item1).ToArray(), list.Select(f => f.Item2).ToArray());
    }

    /// <summary>The factors in printed (deterministic) order.</summary>
    public IReadOnlyList<(Atom Atom, int Exponent)> PrintedFactors() =>
        Factors.OrderBy(f => f.Atom).ToList();

    /// <summary>Deterministic order: higher total degree first, then factors by atom
    /// order.</summary>
    public static int PrintedCompare(Monomial a, Monomial b)
    {
        var c = b.TotalDegree.CompareTo(a.TotalDegree);
        if (c != 0)
        {
            return c;
        }

        var fa = a.PrintedFactors();
        var fb = b.PrintedFactors();
        for (var i = 0; i < Math.Min(fa.Count, fb.Count); i++)
        {
            c = fa[i].Atom.CompareTo(fb[i].Atom);
            if (c != 0)
            {
                return c;
            }

            c = fb[i].Exponent.CompareTo(fa[i].Exponent);
            if (c != 0)
            {
                return c;
            }
        }

        return fb.Count.CompareTo(fa.Count);
    }

    public bool Equals(Monomial? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.hash != hash || other.atoms.Length != atoms.Length)
        {
            return false;
        }

        for (var i = 0; i < atoms.Length; i++)
        {
            if (!ReferenceEquals(atoms[i], other.atoms[i]) || exponents[i] != other.exponents[i])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Monomial);

    public override int GetHashCode() => hash;

    public override string ToString() => Printing.PlainPrinter.Monomial(this);

    private static Monomial MergeExps(Atom[] atoms, int[] exps, int n, int expA, int expB)
    {
        // e^u e^v -> e^{u+v}, memoised on the pair of interned atoms
        var u = (FunctionAtom)atoms[expA];
        var v = (FunctionAtom)atoms[expB];
        var key = u.Id < v.Id ? (u.Id, v.Id) : (v.Id, u.Id);
        var merged = ExpProducts.GetOrAdd(key, _ => Expr.ExpAtom(u.Argument + v.Argument));
        var list = new List<(Atom, int)>(n);
        for (var i = 0; i < n; i++)
        {
            if (i != expA && i != expB)
            {
                list.Add((atoms[i], exps[i]));
            }
        }

        if (merged is not null)
        {
            list.Add((merged, 1));
        }

        list.Sort((x, y) => x.Item1.Id.CompareTo(y.Item1.Id));
        return new Monomial(list.Select(x =>
            x.Item1).ToArray(), list.Select(x => x.Item2).ToArray());
    }

    [Conditional("DEBUG")]
    private void AssertInvariant()
    {
        var exps = 0;
        for (var i = 0; i < atoms.Length; i++)
        {
            Debug.Assert(exponents[i] != 0, "monomial stores a zero exponent");
            Debug.Assert(i == 0 || atoms[i - 1].Id < atoms[i].Id, "monomial atoms out of order");
            if (atoms[i] is FunctionAtom { Kind: FunctionKind.Exp })
            {
                Debug.Assert(exponents[i] == 1, "exp atom with exponent != 1");
                exps++;
            }
        }

        Debug.Assert(exps <= 1, "more than one exp atom in a monomial");
    }
}
