using System.Collections.Concurrent;

namespace GrandVerify.Symbolic;

/// <summary>
/// A function applied to one canonical argument: exp(u), log(u), sqrt(u), tanh(u),
/// sigmoid(u), relu(u), step(u), or an opaque g^(k)(u) (k = derivative order, printed g'...).
/// Two applications are the same atom when the kind, name and order agree and the arguments
/// are equal by the zero test, so g(x_1 W_12 x_2) and g(x_2 W_12 x_1) coincide.
/// Create them through <see cref="Expr.Apply(FunctionKind, Expr)"/> and friends, which also
/// apply the evaluation rules (exp(0) = 1, sqrt(4) = 2, ...).
/// </summary>
public sealed class FunctionAtom : Atom
{
    private static readonly ConcurrentDictionary<(FunctionKind, string, int, ulong), List<FunctionAtom>>
        Table = new();

    private ulong residue;

    private FunctionAtom(FunctionKind kind, string name, int order, Expr argument)
    {
        Kind = kind;
        Name = name;
        Order = order;
        Argument = argument;
    }

    public FunctionKind Kind { get; }

    /// <summary>exp, log, sqrt, tanh, sigmoid, relu, step or the opaque name.</summary>
    public string Name { get; }

    /// <summary>Derivative order of an opaque function (0 for g, 1 for g'); 0 otherwise.</summary>
    public int Order { get; }

    public Expr Argument { get; }

    internal override int KindRank => 1;

    internal override ulong Residue
    {
        get
        {
            if (residue == 0)
            {
                // sqrt(u) must square to u's image so that sqrt(u)^2 = u holds in the image
                residue = Kind == FunctionKind.Sqrt
                    ? ModularImage.SquareRoot(Argument.Image)
                    : ModularImage.Mix(ModularImage.OfText(Name + "'" + Order), Argument.Image);
                residue = residue == 0 ? 1 : residue;
            }

            return residue;
        }
    }

    /// <summary>The canonical atom; callers have applied the evaluation rules already.</summary>
    /// <remarks>Atoms are bucketed by (kind, name, order, image of the argument); within a
    /// bucket the arguments are compared by the zero test outside any lock (the comparison may
    /// itself create atoms), and a new atom is added only if the bucket did not change.</remarks>
    internal static FunctionAtom Get(FunctionKind kind, string name, int order, Expr argument)
    {
        var bucket = Table.GetOrAdd((kind, name, order, argument.Image), _ => []);
        while (true)
        {
            FunctionAtom[] seen;
            lock (bucket)
            {
                seen = [.. bucket];
            }

            foreach (var f in seen)
            {
                if (f.Argument.Equals(argument))
                {
                    return f;
                }
            }

            lock (bucket)
            {
                if (bucket.Count == seen.Length)
                {
                    var atom = new FunctionAtom(kind, name, order, argument);
                    bucket.Add(atom);
                    return atom;
                }
            }
        }
    }

    /// <summary>Canonical name of a built-in kind.</summary>
    public static string NameOf(FunctionKind kind) => kind switch
    {
        FunctionKind.Exp => "exp",
        FunctionKind.Log => "log",
        FunctionKind.Sqrt => "sqrt",
        FunctionKind.Tanh => "tanh",
        FunctionKind.Sigmoid => "sigmoid",
        FunctionKind.Relu => "relu",
        FunctionKind.Step => "step",
        _ => throw new ArgumentException($"{kind} has no fixed name.", nameof(kind)),
    };

    /// <summary>Whether <paramref name="symbol"/> occurs in the argument (recursively).</summary>
    public bool DependsOn(Symbol symbol) => Argument.DependsOn(symbol);

    protected override string BuildKey() =>
        Name + new string('\'', Order) + "(" + Argument.ToString() + ")";
}
