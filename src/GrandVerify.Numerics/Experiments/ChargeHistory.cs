using GrandVerify.Numerics.Invariants;

namespace GrandVerify.Numerics.Experiments;

/// <summary>
/// Q_R(t_k), k = 0..N, for one rotation, and whether R commutes with W (then Theorem 1
/// conserves it).
/// </summary>
public sealed record ChargeHistory(
    Rotation Rotation, IReadOnlyList<double> Values, bool CommutesWithW)
{
    /// <summary>max_k |Q(t_k) - Q(t_0)|.</summary>
    public double MaxDeviation =>
        Values.Count == 0 ? 0.0 : Values.Max(q => Math.Abs(q - Values[0]));
}
