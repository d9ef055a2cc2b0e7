using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// Short runs of the force an attention integrates with forward and backward Euler and the
/// implicit and modified midpoint rules, recording the so(d) basis charges and judging each
/// with <see cref="Numerics.Experiments.ConservationVerdict"/>. A charge should be conserved
/// when its R commutes with every invariant M_k of the force (Theorem 1).
/// </summary>
public static class ChargeCheck
{
    /// <summary>The four methods, in report order.</summary>
    public static IReadOnlyList<IIntegrator> Methods =>
        [new ForwardEuler(), new BackwardEuler(), new ImplicitMidpoint(), new ModifiedMidpoint()];

    /// <summary>y0 with x, p uniform in [-1, 1] and [-1/2, 1/2], seeded.</summary>
    public static Vector<double> InitialState(int n, int d, int seed)
    {
        var random = new Random(seed);
        var layout = new StateLayout(n, d);
        return Vector<double>.Build.Dense(layout.Size, k =>
            (k < layout.BlockSize ? 1.0 : 0.5) * ((2 * random.NextDouble()) - 1));
    }

    /// <summary>Runs every method; a numerical failure is reported in its row.</summary>
    public static IReadOnlyList<IntegratorCharges> Run(
        AttentionEntry entry,
        Graph graph,
        AttentionParameters parameters,
        double eps,
        UniformGrid grid,
        Vector<double> y0)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(parameters);
        var invariants = entry.ForceInvariants(parameters);
        var rotations = RotationBasis.So(parameters.Dimension);
        return [.. Methods.Select(method =>
        {
            try
            {
                var force = entry.CreateForceModel(graph, parameters);
                var runs = Numerics.Experiments.ForceModelRun.Run(
                    force, eps, method, grid, y0, rotations, r => JointCommutant.Commutes(invariants, r));
                return new IntegratorCharges(
                    method.Name,
                    method.ConservesCommutingCharges,
                    [.. runs.Select(c => (c.Rotation.Label, c.History.CommutesWithW, c.Verdict))],
                    null);
            }
            catch (NumericalFailureException e)
            {
                return new IntegratorCharges(method.Name, method.ConservesCommutingCharges, [], e.Message);
            }
        })];
    }
}
