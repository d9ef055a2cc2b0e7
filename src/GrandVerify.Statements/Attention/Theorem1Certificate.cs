using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Potentials;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// Theorem 1 for one attention. Along y' = E(t, y) y (30), dQ_R/dt = -(e^{-t/eps}/eps)
/// sum_r F_r^T R x_r, and the identity
/// sum_r F_r^T R x_r = -1/2 sum_k sum_{a,b} dU/dB^k_ab x_a^T [M_k, R] x_b (exact gradient) or
/// = -1/2 sum_{r,s} D_rs |x_r - x_s|^2 x_r^T [W, R] x_s ((19)) is verified by the exact zero
/// test (<see cref="ExactAnalysis"/>). Hence the charge of R is conserved when R commutes with
/// every M_k; for the others the rate is measured at a sample state.
/// </summary>
public sealed record Theorem1Certificate(
    string Attention,
    string Identity,
    bool IdentityVerified,
    IReadOnlyList<RotationVerdict> Rotations)
{
    /// <summary>"holds" for the rotations that commute, with the identity verified.</summary>
    public string Verdict => !IdentityVerified
        ? "not certified: the commutator identity failed the exact zero test"
        : Rotations.Any(r => r.Holds)
            ? $"holds for {string.Join(", ", Rotations.Where(r => r.Holds).Select(r => r.Rotation.Label))}"
            : "fails for every basis rotation";

    /// <summary>Builds the certificate for the entry on a graph with the given parameters.</summary>
    public static Theorem1Certificate Create(
        AttentionEntry entry, Graph graph, AttentionParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(parameters);
        var exact = ExactAnalysis.Decide(entry);
        var invariants = entry.ForceInvariants(parameters);
        var labels = entry.ForceInvariantLabels(parameters);
        var force = entry.CreateForceModel(graph, parameters);
        var x = AttentionAnalysis.RandomPositions(graph.NodeCount * parameters.Dimension, new Random(seed));
        var f = force.Force(x);
        var d = parameters.Dimension;
        var rotations = d < 2 ? [] : RotationBasis.So(d).Select(rotation =>
        {
            // [M_k, R] = 0 for all k?  and  sum_r F_r^T R x_r at the sample
            var r = rotation.Matrix();
            var offending = invariants.Select((m, k) => (m, k))
                .Where(p => !JointCommutant.Commutes([p.m], r)).Select(p => labels[p.k]).ToArray();
            var rate = 0.0;
            for (var i = 0; i < graph.NodeCount; i++)
            {
                rate += f.SubVector(i * d, d).DotProduct(r * x.SubVector(i * d, d));
            }

            return new RotationVerdict(rotation, offending.Length == 0, offending, rate);
        }).ToList();
        var identity = entry.Force == AttentionForceKind.Eq19
            ? "sum_r F_r^T R x_r = -1/2 sum_rs D_rs |x_r - x_s|^2 x_r^T [W, R] x_s"
            : "sum_r F_r^T R x_r = -1/2 sum_k sum_ab dU/dB^k_ab x_a^T [M_k, R] x_b";
        return new Theorem1Certificate(entry.Name, identity, exact.CertificateIdentity, rotations);
    }
}
