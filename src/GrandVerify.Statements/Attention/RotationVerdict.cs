using GrandVerify.Numerics.Invariants;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// Theorem 1 for one basis rotation: holds when every [M_k, R] vanishes (then the certified
/// identity makes dQ_R/dt = 0), fails otherwise with the offending M_k and the charge rate
/// sum_r F_r^T R x_r measured at a sample state (dQ_R/dt = -(e^{-t/eps}/eps) times it).
/// </summary>
public sealed record RotationVerdict(
    Rotation Rotation, bool Holds, IReadOnlyList<string> NonCommuting, double SampleRate)
{
    /// <summary>One sentence: why it holds or fails.</summary>
    public string Reason => Holds
        ? "[M, R] = 0 for every invariant M, so dQ/dt = 0 identically"
        : $"[{string.Join("], [", NonCommuting.Select(m => $"{m}, R"))}] != 0; " +
          $"sum_r F_r^T R x_r = {SampleRate:G3} at a sample state";
}
