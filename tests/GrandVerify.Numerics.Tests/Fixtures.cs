using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests;

/// <summary>Seeded random models shared by the tests.</summary>
internal static class Fixtures
{
    /// <summary>Seed used by the random tests unless a test states its own.</summary>
    public const int Seed = 20240917;

    /// <summary>A random symmetric d x d coupling with entries in [-scale, scale].</summary>
    public static Coupling RandomCoupling(int d, Random random, double scale = 0.5)
    {
        var m = Matrix<double>.Build.Dense(d, d, (_, _) => scale * ((2 * random.NextDouble()) - 1));
        return Coupling.FromMatrix((m + m.Transpose()) * 0.5);
    }

    /// <summary>
    /// W = diag(alpha I_2, B) with B a random symmetric (d-2) x (d-2) block: commutes with
    /// R_{2,1} (Q1) and, for a generic B, with nothing else outside the first block.
    /// </summary>
    public static Coupling CommutingCoupling(int d, Random random, double scale = 0.5)
    {
        var w = Matrix<double>.Build.Dense(d, d);
        var alpha = scale * random.NextDouble();
        w[0, 0] = alpha;
        w[1, 1] = alpha;
        var b = RandomCoupling(d - 2, random, scale).Matrix;
        w.SetSubMatrix(2, 2, b);
        return Coupling.FromMatrix(w);
    }

    /// <summary>R_{2,1}, which commutes with <see cref="CommutingCoupling"/>.</summary>
    public static Matrix<double> CommutingRotation(int d) => RotationBasis.So(d)[0].Matrix();

    /// <summary>R_{3,1}, which does not commute with a generic <see cref="CommutingCoupling"/>.</summary>
    public static Matrix<double> NonCommutingRotation(int d) => RotationBasis.So(d)[1].Matrix();

    /// <summary>A state with entries uniform in [-scale, scale].</summary>
    public static Vector<double> RandomState(StateLayout layout, Random random, double scale = 1.0) =>
        Vector<double>.Build.Dense(layout.Size, _ => scale * ((2 * random.NextDouble()) - 1));

    /// <summary>A connected random graph: a random tree plus G(n, p) edges.</summary>
    public static Graph RandomGraph(int n, Random random, double p = 0.4)
    {
        var seed = random.Next();
        var tree = GraphGenerators.RandomTree(n, seed);
        var extra = GraphGenerators.ErdosRenyi(n, p, seed + 1);
        var edges = tree.Edges.Concat(extra.Edges.Where(e => tree.Weight(e.U, e.V) == 0.0))
            .Select(e => e with { Weight = 0.5 + random.NextDouble() });
        return new Graph(n, edges, "random");
    }

    /// <summary>The system (30) for a model.</summary>
    public static DiffusionSystem System(Graph graph, Coupling w, IAttention g, double eps) =>
        new(new PaperForceModel(graph, w, g), eps);
}
