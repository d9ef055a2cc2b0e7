using System.Collections.Concurrent;

namespace GrandVerify.Symbolic;

/// <summary>
/// An indeterminate of the polynomial ring: a <see cref="Symbol"/> or a
/// <see cref="FunctionAtom"/>. Atoms are interned: two structurally equal atoms are the
/// same object, so equality is reference equality and <see cref="Id"/> orders them fast
/// inside monomials. The printed order uses <see cref="CompareTo"/>, which is deterministic
/// (natural order of the plain text), never the creation order.
/// </summary>
public abstract class Atom : IComparable<Atom>
{
    private static readonly ConcurrentDictionary<Atom, Atom> Table = new(new StructuralComparer());
    private static int nextId;
    private string? key;

    /// <summary>Creation index of the interned atom; internal order of monomials only.</summary>
    internal int Id { get; private set; }

    /// <summary>Symbols sort before function applications.</summary>
    internal abstract int KindRank { get; }

    /// <summary>The plain-text form (parseable); also the printed sort key.</summary>
    public string Key => key ??= BuildKey();

    /// <summary>Residue of the atom modulo <see cref="ModularImage.P"/> (for hashing).</summary>
    internal abstract ulong Residue { get; }

    protected abstract string BuildKey();

    internal abstract bool StructurallyEquals(Atom other);

    internal abstract int StructuralHash();

    /// <summary>The canonical instance equal to <paramref name="candidate"/>.</summary>
    protected static T Intern<T>(T candidate)
        where T : Atom
    {
        var atom = Table.GetOrAdd(candidate, a =>
        {
            a.Id = Interlocked.Increment(ref nextId);
            return a;
        });
        return (T)atom;
    }

    public int CompareTo(Atom? other)
    {
        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        if (other is null)
        {
            return 1;
        }

        var c = KindRank.CompareTo(other.KindRank);
        return c != 0 ? c : NaturalOrder.Instance.Compare(Key, other.Key);
    }

    public override string ToString() => Key;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Id;

    private sealed class StructuralComparer : IEqualityComparer<Atom>
    {
        public bool Equals(Atom? x, Atom? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.StructurallyEquals(y));

        public int GetHashCode(Atom obj) => obj.StructuralHash();
    }
}
