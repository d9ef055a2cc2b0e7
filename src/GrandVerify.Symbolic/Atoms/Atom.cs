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
    private static int nextId;
    private string? key;
    private ulong inverseResidue;

    protected Atom() => Id = Interlocked.Increment(ref nextId);

    /// <summary>Creation index of the atom; internal order of monomials only.</summary>
    internal int Id { get; }

    /// <summary>Symbols sort before function applications.</summary>
    internal abstract int KindRank { get; }

    /// <summary>The plain-text form (parseable); also the printed sort key.</summary>
    public string Key => key ??= BuildKey();

    /// <summary>Residue of the atom modulo <see cref="ModularImage.P"/> (for hashing).</summary>
    internal abstract ulong Residue { get; }

    /// <summary>1 / <see cref="Residue"/> modulo P, cached.</summary>
    internal ulong InverseResidue
    {
        get
        {
            if (inverseResidue == 0)
            {
                inverseResidue = ModularImage.Inverse(Residue);
            }

            return inverseResidue;
        }
    }

    protected abstract string BuildKey();


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
}
