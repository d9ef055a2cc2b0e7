namespace GrandVerify.Numerics.Invariants;

/// <summary>
/// The basis R_{a,b}, a &gt; b, of so(d) ordered (2,1), (3,1), (3,2), (4,1), (4,2), (4,3), ...
/// and labelled Q1, Q2, ...: d(d-1)/2 generators.
/// </summary>
public static class RotationBasis
{
    /// <summary>The ordered, labelled basis of so(d).</summary>
    public static IReadOnlyList<Rotation> So(int d)
    {
        if (d < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(d), d, "so(d) needs d >= 2");
        }

        var basis = new List<Rotation>();
        for (var a = 2; a <= d; a++)
        {
            for (var b = 1; b < a; b++)
            {
                basis.Add(new Rotation($"Q{basis.Count + 1}", a, b, d));
            }
        }

        return basis;
    }
}
