using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Experiments;

/// <summary>
/// A run of (30) for any force model (for instance an exact gradient): integrates on the grid
/// and returns, per rotation, the history Q_R(t_k) and its <see cref="ConservationVerdict"/>
/// (the same rounding bound as <see cref="ExperimentResult.Verdict"/>).
/// </summary>
public static class ForceModelRun
{
    /// <summary>The histories and verdicts; throws <see cref="NumericalFailureException"/>.</summary>
    public static IReadOnlyList<(Rotation Rotation, ChargeHistory History, ConservationVerdict Verdict)>
        Run(
            IForceModel force,
            double eps,
            IIntegrator integrator,
            UniformGrid grid,
            Vector<double> y0,
            IReadOnlyList<Rotation> rotations,
            Func<Matrix<double>, bool> shouldConserve)
    {
        ArgumentNullException.ThrowIfNull(rotations);
        ArgumentNullException.ThrowIfNull(shouldConserve);
        var system = new DiffusionSystem(force, eps);
        var layout = system.Layout;
        var charges = rotations.Select(r => r.Charge()).ToArray();
        var values = charges.Select(_ => new double[grid.Steps + 1]).ToArray();
        var scale = 0.0;

        // record Q_R(y_k) and |x||p|
        void Record(int k, double t, Vector<double> y)
        {
            for (var c = 0; c < charges.Length; c++)
            {
                values[c][k] = charges[c].Evaluate(layout, y);
            }

            scale = Math.Max(scale, Experiment.Scale(layout, y));
        }

        var summary = Integration.Run(system, integrator, grid, y0, Record);
        return [.. rotations.Select((r, c) =>
        {
            var history = new ChargeHistory(r, values[c], shouldConserve(r.Matrix()));
            var verdict = ConservationVerdict.Assess(
                values[c], summary.Steps, scale, layout.Nodes, layout.Dimension,
                r.Matrix().L2Norm());
            return (r, history, verdict);
        })];
    }
}
