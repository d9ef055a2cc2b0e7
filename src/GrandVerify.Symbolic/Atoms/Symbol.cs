using System.Collections.Concurrent;

namespace GrandVerify.Symbolic;

/// <summary>
/// A named indeterminate, optionally indexed: base_lower^upper, e.g. x_1 (x_i), x_1__2
/// (x_1^2 as an index, not a power), W_12 (W_{12}), eps. Plain text: base, then "_lower",
/// then "__upper"; base is a letter followed by letters/digits, indices are letters/digits.
/// </summary>
public sealed class Symbol : Atom
{
    private static readonly ConcurrentDictionary<(string, string, string), Symbol> Table = new();

    private ulong residue;

    private Symbol(string name, string lower, string upper)
    {
        Name = name;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The base name (x, W, eps).</summary>
    public string Name { get; }

    /// <summary>Subscript, empty when absent.</summary>
    public string Lower { get; }

    /// <summary>Superscript index, empty when absent.</summary>
    public string Upper { get; }

    internal override int KindRank => 0;

    internal override ulong Residue => residue != 0 ? residue : residue = ModularImage.OfText(Key);

    /// <summary>The symbol name_lower^upper; validates each part.</summary>
    public static Symbol Get(string name, string lower = "", string upper = "")
    {
        Check(name, "name", true);
        if (lower.Length > 0)
        {
            Check(lower, "subscript", false);
        }

        if (upper.Length > 0)
        {
            Check(upper, "superscript", false);
        }

        return Table.GetOrAdd((name, lower, upper), k => new Symbol(k.Item1, k.Item2, k.Item3));
    }

    /// <summary>The symbol written as plain text (x1, W_12, x_1__2).</summary>
    public static Symbol FromText(string text)
    {
        var upper = "";
        var split = text.IndexOf("__", StringComparison.Ordinal);
        if (split >= 0)
        {
            upper = text[(split + 2)..];
            text = text[..split];
        }

        var lower = "";
        var underscore = text.IndexOf('_');
        if (underscore >= 0)
        {
            lower = text[(underscore + 1)..];
            text = text[..underscore];
        }

        return Get(text, lower, upper);
    }

    /// <summary>Implicit conversion of a symbol to an expression.</summary>
    public static implicit operator Expr(Symbol s) => Expr.Of(s);

    public static Expr operator -(Symbol a) => -Expr.Of(a);

    public static Expr operator +(Symbol a, Symbol b) => Expr.Of(a) + Expr.Of(b);

    public static Expr operator +(Symbol a, Expr b) => Expr.Of(a) + b;

    public static Expr operator +(Expr a, Symbol b) => a + Expr.Of(b);

    public static Expr operator -(Symbol a, Symbol b) => Expr.Of(a) - Expr.Of(b);

    public static Expr operator -(Symbol a, Expr b) => Expr.Of(a) - b;

    public static Expr operator -(Expr a, Symbol b) => a - Expr.Of(b);

    public static Expr operator *(Symbol a, Symbol b) => Expr.Of(a) * Expr.Of(b);

    public static Expr operator *(Symbol a, Expr b) => Expr.Of(a) * b;

    public static Expr operator *(Expr a, Symbol b) => a * Expr.Of(b);

    public static Expr operator /(Symbol a, Symbol b) => Expr.Of(a) / Expr.Of(b);

    public static Expr operator /(Symbol a, Expr b) => Expr.Of(a) / b;

    public static Expr operator /(Expr a, Symbol b) => a / Expr.Of(b);

    protected override string BuildKey() =>
        Name + (Lower.Length > 0 ? "_" + Lower : "") + (Upper.Length > 0 ? "__" + Upper : "");

    private static void Check(string part, string what, bool isBase)
    {
        var ok = part.Length > 0 && part.All(char.IsAsciiLetterOrDigit)
            && (!isBase || char.IsAsciiLetter(part[0]));
        if (!ok)
        {
            throw new ArgumentException(
                $"Symbol {what} '{part}' must be {(isBase ? "a letter followed by " : "")}"
                + "ASCII letters or digits.", nameof(part));
        }
    }
}
