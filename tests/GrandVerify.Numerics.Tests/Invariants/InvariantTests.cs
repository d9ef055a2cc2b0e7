using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Invariants;

public sealed class InvariantTests
{
    [Fact]
    public void So4_IsOrderedAndLabelled()
    {
        var basis = RotationBasis.So(4);

        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"], basis.Select(r => r.Label));
        Assert.Equal([(2, 1), (3, 1), (3, 2), (4, 1), (4, 2), (4, 3)], basis.Select(r => (r.A, r.B)));
        var r31 = basis[1].Matrix();
        Assert.Equal(1.0, r31[2, 0]);
        Assert.Equal(-1.0, r31[0, 2]);
        Assert.Equal(2.0, r31.Enumerate().Sum(Math.Abs));
        Assert.Equal(10, RotationBasis.So(5).Count);
    }

    [Fact]
    public void Charge_IsSumPRxAndMinusHalfYJRY()
    {
        var layout = new StateLayout(2, 3);
        var y = layout.Pack([[1, 2, 3], [0, -1, 2]], [[4, 5, 6], [1, 1, 1]]);
        var charge = RotationBasis.So(3)[0].Charge();

        // R_{2,1} x = (-x[1], x[0], 0): p_1 . (-2, 1, 0) + p_2 . (1, 0, 0) = -3 + 1 = -2
        Assert.Equal(-2.0, charge.Evaluate(layout, y));
        Assert.Equal(-0.5 * y.DotProduct(charge.SymplecticForm(2) * y), charge.Evaluate(layout, y), 14);
    }

    [Fact]
    public void Charge_NonSkewR_IsRejected()
    {
        var r = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1 }, { 1, 0 } });

        var e = Assert.Throws<ArgumentException>(() => new Charge(r));

        Assert.Contains("not skew-symmetric", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, int> CommutantCases => new()
    {
        { "W1", 6 }, { "W2", 2 }, { "generic", 0 },
        { "multiplicities-2-2", 2 }, { "multiplicities-3-1", 3 },
    };

    [Theory]
    [MemberData(nameof(CommutantCases))]
    public void Commutant_HasTheExpectedDimension(string name, int dimension)
    {
        var w = CouplingNamed(name);

        var basis = Commutant.Basis(w);

        Assert.Equal(dimension, basis.Count);
        foreach (var r in basis)
        {
            Assert.True(Commutant.Commutes(w, r));
            Assert.True((r + r.Transpose()).InfinityNorm() <= NumericTolerance.Algebraic);
        }

        // orthonormal in the Frobenius inner product
        for (var i = 0; i < basis.Count; i++)
        {
            for (var j = 0; j < basis.Count; j++)
            {
                var inner = basis[i].PointwiseMultiply(basis[j]).Enumerate().Sum();
                Assert.Equal(i == j ? 1.0 : 0.0, inner, 12);
            }
        }
    }

    [Fact]
    public void Commutes_SeparatesW2Rotations()
    {
        var w2 = Coupling.Diagonal(1e-3, 1e-3, 1, 1);

        var commuting = RotationBasis.So(4)
            .Where(r => Commutant.Commutes(w2, r.Matrix()))
            .Select(r => r.Label);

        Assert.Equal(["Q1", "Q6"], commuting);
    }

    [Fact]
    public void Hamiltonian_OfTwoNodes_MatchesHandComputation()
    {
        // identity g, W = [[1,1],[1,1]], w_12 = 3, x_1 = (1,0), x_2 = (0,2): U = 60 (see force tests);
        // p_1 = (1, 1), p_2 = (0, 2): |p|^2 = 6; eps = 0.5, t = 0.5: H = 3 e - 60 e^{-1}
        var graph = new Graph(2, [new Edge(0, 1, 3.0)]);
        var w = Coupling.FromMatrix(Matrix<double>.Build.Dense(2, 2, 1.0));
        var system = new DiffusionSystem(new PaperForceModel(graph, w, new IdentityAttention()), 0.5);
        var y = Vector<double>.Build.DenseOfArray([1, 0, 0, 2, 1, 1, 0, 2]);

        var h = Hamiltonian.Evaluate(system, 0.5, y);

        Assert.Equal((3 * Math.E) - (60 / Math.E), h, 12);
    }

    [Theory]
    [InlineData("tanh", true)]
    [InlineData("softmax", false)]
    public void Hamiltonian_GeneratesTheSystem_OnlyForElementwiseG(string attention, bool generates)
    {
        // (dH/dp, -dH/dx) = (x', p') of (30) iff C(x) x = -1/2 grad U
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(4, random);
        var w = Fixtures.RandomCoupling(3, random, 1.0);
        var system = Fixtures.System(graph, w, AttentionCatalog.Get(attention), 0.4);
        var y = Fixtures.RandomState(system.Layout, random);
        const double t = 0.3;

        var flow = system.Evaluate(t, y);
        var nd = system.Layout.BlockSize;
        var hamiltonFlow = Vector<double>.Build.Dense(2 * nd);
        var delta = NumericTolerance.FiniteDifferenceStep;
        for (var k = 0; k < 2 * nd; k++)
        {
            var (plus, minus) = (y.Clone(), y.Clone());
            plus[k] += delta;
            minus[k] -= delta;
            var dH = (Hamiltonian.Evaluate(system, t, plus) - Hamiltonian.Evaluate(system, t, minus))
                / (2 * delta);
            hamiltonFlow[k < nd ? k + nd : k - nd] = k < nd ? -dH : dH;
        }

        var mismatch = (hamiltonFlow - flow).InfinityNorm() / flow.InfinityNorm();
        var within = mismatch <= NumericTolerance.FiniteDifference;
        var violated = mismatch > NumericTolerance.Violation;
        Assert.True(generates ? within : violated, $"mismatch {mismatch:G3}");
    }

    private static Coupling CouplingNamed(string name)
    {
        var q = RandomOrthogonal(4, new Random(Fixtures.Seed));
        Coupling Spectrum(params double[] lambda) =>
            Coupling.FromMatrix(q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q.Transpose());
        return name switch
        {
            "W1" => Coupling.Scalar(1e-3, 4),
            "W2" => Coupling.Diagonal(1e-3, 1e-3, 1, 1),
            "generic" => Spectrum(0.3, -1.1, 2.0, 0.7),
            "multiplicities-2-2" => Spectrum(0.5, 0.5, -1.5, -1.5),
            "multiplicities-3-1" => Spectrum(0.5, 0.5, 0.5, 2.0),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static Matrix<double> RandomOrthogonal(int d, Random random) =>
        Matrix<double>.Build.Dense(d, d, (_, _) => random.NextDouble() - 0.5).QR().Q;
}
