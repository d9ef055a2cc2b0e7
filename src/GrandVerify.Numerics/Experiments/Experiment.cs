using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Experiments;

/// <summary>
/// One run of (30): graph, coupling W, attention g, force model (default (19)), method, eps,
/// grid t_k = t0 + k h (k = 0..N) and y0. <see cref="Run"/> records Q_R(t_k) for the requested
/// rotations (default: the so(d) basis Q1, Q2, ...).
/// </summary>
public sealed record Experiment(
    Graph Graph,
    Coupling Coupling,
    IAttention Attention,
    IIntegrator Integrator,
    double Eps,
    UniformGrid Grid,
    Vector<double> InitialState)
{
    /// <summary>Builds C(x); the default is the block formula (19).</summary>
    public Func<Graph, Coupling, IAttention, IForceModel> ForceModel { get; init; } =
        static (graph, coupling, attention) => new PaperForceModel(graph, coupling, attention);

    /// <summary>Free label, e.g. "W1-forward-euler".</summary>
    public string Label { get; init; } = "";

    /// <summary>The system (30) of this run (validates eps and dimensions).</summary>
    public DiffusionSystem CreateSystem()
    {
        ArgumentNullException.ThrowIfNull(Graph);
        ArgumentNullException.ThrowIfNull(Coupling);
        ArgumentNullException.ThrowIfNull(Attention);
        return new DiffusionSystem(ForceModel(Graph, Coupling, Attention), Eps);
    }

    /// <summary>
    /// Integrates and records the charges; throws <see cref="NumericalFailureException"/>.
    /// </summary>
    public ExperimentResult Run(
        IReadOnlyList<Rotation>? rotations = null, Action<int, int>? progress = null)
    {
        var system = CreateSystem();
        var layout = system.Layout;
        rotations ??= RotationBasis.So(layout.Dimension);
        var charges = rotations.Select(r => r.Charge()).ToArray();
        var values = charges.Select(_ => new double[Grid.Steps + 1]).ToArray();
        var times = new double[Grid.Steps + 1];
        var scale = 0.0;

        // record t_k, Q_R(y_k) and |x||p| at every grid point
        void Record(int k, double t, Vector<double> y)
        {
            times[k] = t;
            for (var c = 0; c < charges.Length; c++)
            {
                values[c][k] = charges[c].Evaluate(layout, y);
            }

            scale = Math.Max(scale, Scale(layout, y));
        }

        var summary = Integration.Run(system, Integrator, Grid, InitialState, Record, progress);
        var histories = rotations.Select((r, c) =>
            new ChargeHistory(r, values[c], Commutant.Commutes(Coupling, r.Matrix()))).ToArray();
        return new ExperimentResult(this, times, histories, scale, summary);
    }

    /// <summary>Try-twin of <see cref="Run"/>.</summary>
    public bool TryRun(
        out ExperimentResult? result,
        out NumericalFailureException? failure,
        IReadOnlyList<Rotation>? rotations = null,
        Action<int, int>? progress = null)
    {
        try
        {
            result = Run(rotations, progress);
            failure = null;
            return true;
        }
        catch (NumericalFailureException e)
        {
            result = null;
            failure = e;
            return false;
        }
    }

    /// <summary>
    /// |x|_2 |p|_2, the size against which rounding in Q_R is measured. Rounding in C x and in
    /// the solves with S mixes the nodes, so the error in p_i is of the size of |p|, not of
    /// |p_i|; by Cauchy-Schwarz this is at least sum_i |p_i| |x_i|.
    /// </summary>
    public static double Scale(StateLayout layout, Vector<double> y)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return layout.Positions(y).L2Norm() * layout.Momenta(y).L2Norm();
    }
}
