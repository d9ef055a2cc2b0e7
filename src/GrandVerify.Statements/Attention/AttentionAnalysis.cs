using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// Measures <see cref="NumericVerdicts"/> for an entry on a graph: the exact-gradient model of
/// its G (whatever force the entry integrates), at <see cref="Samples"/> seeded positions with
/// entries uniform in [-1, 1].
/// </summary>
public static class AttentionAnalysis
{
    /// <summary>Random positions per measurement.</summary>
    public const int Samples = 3;

    /// <summary>The verdicts; <paramref name="seed"/> fixes the positions.</summary>
    public static NumericVerdicts Analyse(
        AttentionEntry entry, Graph graph, AttentionParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(parameters);
        var potential = entry.Potential(parameters);
        var model = new GradientForceModel(graph, potential);
        var random = new Random(seed);
        var (gAsym, cAsym, gradient, eq19) = (0.0, 0.0, 0.0, 0.0);
        for (var sample = 0; sample < Samples; sample++)
        {
            var x = RandomPositions(graph.NodeCount * potential.Dimension, random);

            // |G - G^T| / |G|, |C - C^T| / |C|
            var g = model.Sensitivities(x).Weights;
            gAsym = Math.Max(gAsym, Relative(g - g.Transpose(), g));
            var c = model.Assemble(x);
            cAsym = Math.Max(cAsym, Relative(c - c.Transpose(), c));

            // C x against -1/2 grad U; (19) against C x
            var f = model.Force(x);
            gradient = Math.Max(gradient, Relative(f - HalfGradient(model, x), f));
            eq19 = Math.Max(eq19, Relative(Eq19Form.Force(graph, potential, x) - f, f));
        }

        return new NumericVerdicts(
            gAsym, cAsym, gradient, eq19, potential.InvariantLabels,
            JointCommutant.Basis(potential.Invariants),
            Commutant.Basis(parameters.Coupling).Count);
    }

    /// <summary>A vector of length m with entries uniform in [-1, 1].</summary>
    public static Vector<double> RandomPositions(int m, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Vector<double>.Build.Dense(m, _ => (2 * random.NextDouble()) - 1);
    }

    /// <summary>-1/2 grad U by central differences with <see cref="NumericVerdicts.DifferenceStep"/>.</summary>
    public static Vector<double> HalfGradient(IForceModel model, Vector<double> x)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        var h = NumericVerdicts.DifferenceStep;
        return Vector<double>.Build.Dense(x.Count, k =>
        {
            var (plus, minus) = (x.Clone(), x.Clone());
            plus[k] += h;
            minus[k] -= h;
            return -0.5 * (model.Potential(plus) - model.Potential(minus)) / (2 * h);
        });
    }

    private static double Relative(Matrix<double> difference, Matrix<double> reference) =>
        difference.InfinityNorm() / Math.Max(reference.InfinityNorm(), double.Epsilon);

    private static double Relative(Vector<double> difference, Vector<double> reference) =>
        difference.InfinityNorm() / Math.Max(reference.InfinityNorm(), double.Epsilon);
}
