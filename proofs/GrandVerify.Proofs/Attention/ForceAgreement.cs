using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using GrandVerify.Statements.Attentions;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Attentions;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Proofs.Attention;

/// <summary>
/// Oracle: the force an entry integrates, derived exactly (compiled from the symbolic model
/// with a rational W) against the numeric force model, at seeded random positions.
/// </summary>
public static class ForceAgreement
{
    /// <summary>
    /// Both sides evaluate the same analytic formula in a different order of operations; on
    /// O(1) data with n d &lt;= 9 the rounding is a few hundred ulps, so 1e-10 relative.
    /// </summary>
    public const double Tolerance = 1e-10;

    /// <summary>
    /// A broken force counts as rejected above 1e-3 relative: seven orders above
    /// <see cref="Tolerance"/>, so the rejection cannot be rounding.
    /// </summary>
    public const double Violation = 1e-3;

    /// <summary>Random points per size.</summary>
    public const int Points = 4;

    /// <summary>max relative |F_symbolic - F_numeric| over the points, K_n, d.</summary>
    public static double MaxRelativeError(AttentionEntry entry, int n, int d, int seed)
    {
        var random = new Random(seed);

        // W rational symmetric with entries k/8, k in [-8, 8], plus 2 I (nonsingular)
        var w = new Rational[d, d];
        for (var a = 0; a < d; a++)
        {
            for (var b = a; b < d; b++)
            {
                w[a, b] = new Rational(random.Next(-8, 9), 8) + (a == b ? 2 : 0);
                w[b, a] = w[a, b];
            }
        }

        var wExact = ExprMatrix.Build(d, d, (a, b) => w[a, b]);
        var zeta = new Rational(3, 2);
        var model = new SymbolicPotential(
            entry.Symbolic(), SymbolicGraph.Complete(n), SymbolicAttentionParameters.FromCoupling(wExact, zeta));
        var compiled = model.Compile(paper: entry.Force == AttentionForceKind.Eq19);

        var coupling = Coupling.FromMatrix(Matrix<double>.Build.Dense(d, d, (a, b) => w[a, b].ToDouble()));
        var force = entry.CreateForceModel(
            GraphGenerators.Complete(n), AttentionParameters.FromCoupling(coupling, zeta.ToDouble()));
        var worst = 0.0;
        for (var point = 0; point < Points; point++)
        {
            var x = AttentionAnalysis.RandomPositions(n * d, random);
            var symbolic = Vector<double>.Build.DenseOfArray(compiled(x.ToArray()));
            var numeric = force.Force(x);
            worst = Math.Max(worst, (symbolic - numeric).InfinityNorm() / Math.Max(symbolic.InfinityNorm(), 1e-300));
        }

        return worst;
    }
}
