using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Model;

public sealed class ForceModelTests(ITestOutputHelper output)
{
    private const int N = 5;
    private const int D = 4;

    private const double Violation = NumericTolerance.Violation;

    public static TheoryData<string> Attentions => [.. AttentionCatalog.Names];

    public static TheoryData<string> Elementwise => ["identity", "exp", "sigmoid", "tanh", "relu"];

    [Theory]
    [MemberData(nameof(Attentions))]
    public void C_IsSymmetric(string attention)
    {
        var (model, x) = RandomModel(attention, Fixtures.CommutingCoupling);

        var c = model.Assemble(x);

        Assert.True((c - c.Transpose()).InfinityNorm() <= NumericTolerance.Algebraic * c.InfinityNorm());
    }

    [Theory]
    [MemberData(nameof(Attentions))]
    public void C_CommutesWithRotation_WhenWCommutes(string attention)
    {
        var (model, x) = RandomModel(attention, Fixtures.CommutingCoupling);
        var r = new Charge(Fixtures.CommutingRotation(D)).BlockDiagonal(N);

        var c = model.Assemble(x);

        Assert.True(Commutator(c, r) <= NumericTolerance.Algebraic * c.InfinityNorm());
    }

    [Theory]
    [MemberData(nameof(Attentions))]
    public void C_DoesNotCommute_ForNonCommutingRotation(string attention)
    {
        var (model, x) = RandomModel(attention, Fixtures.CommutingCoupling);
        var r = new Charge(Fixtures.NonCommutingRotation(D)).BlockDiagonal(N);

        var c = model.Assemble(x);

        Assert.True(Commutator(c, r) > Violation * c.InfinityNorm());
    }

    [Theory]
    [MemberData(nameof(Attentions))]
    public void Force_EqualsAssembledCTimesX(string attention)
    {
        // fast path (no nd x nd matrix) against the assembled (19)
        var (model, x) = RandomModel(attention, Fixtures.RandomCoupling, scale: 1.0);

        var fast = model.Force(x);
        var slow = model.Assemble(x) * x;

        Assert.True((fast - slow).InfinityNorm() <= NumericTolerance.Algebraic * slow.InfinityNorm());
    }

    [Theory]
    [MemberData(nameof(Elementwise))]
    public void Force_IsMinusHalfGradientOfU_ForElementwiseG(string attention)
    {
        var (model, x) = RandomModel(attention, Fixtures.RandomCoupling, positive: attention == "relu");

        var mismatch = GradientMismatch(model, x);

        output.WriteLine($"{attention}: relative |Cx + grad U/2| = {mismatch:G3}");
        Assert.True(mismatch <= NumericTolerance.FiniteDifference, $"mismatch {mismatch:G3}");
    }

    [Fact]
    public void Force_IsNotMinusHalfGradient_ForPaperSoftmax()
    {
        // (19) with g' = s(1 - s) drops the x-dependence of the normaliser sum_{k,l} e^{C_kl}
        var (model, x) = RandomModel("softmax", Fixtures.RandomCoupling, scale: 1.0);

        var mismatch = GradientMismatch(model, x);

        output.WriteLine($"softmax: relative |Cx + grad U/2| = {mismatch:G3}");
        Assert.True(mismatch > Violation, $"mismatch {mismatch:G3}");
    }

    [Fact]
    public void GradientCheck_CatchesAWrongDerivative()
    {
        var (model, x) = RandomModel("tanh", Fixtures.RandomCoupling);
        var lying = new DoubledDerivative(new TanhAttention());
        var broken = new PaperForceModel(model.Graph, model.Coupling, lying);

        Assert.True(GradientMismatch(broken, x) > Violation);
    }

    [Fact]
    public void DelegateAttention_EntersTheGradientCheck()
    {
        // g(z) = z^2 / 2 + z, g'(z) = z + 1 given as delegates; a wrong g' must be caught
        var (model, x) = RandomModel("identity", Fixtures.RandomCoupling);
        var right = new DelegateAttention("quadratic", z => (z * z / 2) + z, z => z + 1);
        var wrong = new DelegateAttention("quadratic-wrong", z => (z * z / 2) + z, z => z);

        var good = GradientMismatch(new PaperForceModel(model.Graph, model.Coupling, right), x);
        var bad = GradientMismatch(new PaperForceModel(model.Graph, model.Coupling, wrong), x);

        Assert.True(good <= NumericTolerance.FiniteDifference, $"mismatch {good:G3}");
        Assert.True(bad > Violation, $"mismatch {bad:G3}");
    }

    [Fact]
    public void Potential_OfTwoNodes_MatchesHandComputation()
    {
        // x_1 = (1, 0), x_2 = (0, 2), W = I, identity g: C_12 = 0, so U = 0; with W = [[1,1],[1,1]]
        // C_12 = 2 and U = 2 w_12 g(C_12) |x_1 - x_2|^2 = 2 * 3 * 2 * 5 = 60 (both ordered pairs)
        var graph = new Graph(2, [new Edge(0, 1, 3.0)]);
        var w = Coupling.FromMatrix(Matrix<double>.Build.Dense(2, 2, 1.0));
        var model = new PaperForceModel(graph, w, new IdentityAttention());

        var u = model.Potential(Vector<double>.Build.DenseOfArray([1, 0, 0, 2]));

        Assert.Equal(60.0, u);
    }

    [Fact]
    public void Assemble_WrongLength_IsRejected()
    {
        var model = new PaperForceModel(GraphGenerators.Path(3), Coupling.Scalar(1, 2), new PaperSoftmax());

        Assert.Throws<ArgumentException>(() => model.Assemble(Vector<double>.Build.Dense(5)));
    }

    internal static double GradientMismatch(IForceModel model, Vector<double> x)
    {
        // (C x)_k + 1/2 dU/dx_k by central differences
        var force = model.Force(x);
        var gradient = Vector<double>.Build.Dense(x.Count);
        var delta = NumericTolerance.FiniteDifferenceStep;
        for (var k = 0; k < x.Count; k++)
        {
            var plus = x.Clone();
            var minus = x.Clone();
            plus[k] += delta;
            minus[k] -= delta;
            gradient[k] = (model.Potential(plus) - model.Potential(minus)) / (2 * delta);
        }

        return (force + (gradient * 0.5)).InfinityNorm() / force.InfinityNorm();
    }

    private (PaperForceModel Model, Vector<double> X) RandomModel(
        string attention, Func<int, Random, double, Coupling> coupling, bool positive = false,
        double scale = 0.5)
    {
        output.WriteLine($"seed {Fixtures.Seed}");
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(N, random);
        var w = positive ? Coupling.Scalar(0.5, D) : coupling(D, random, scale);
        var model = new PaperForceModel(graph, w, AttentionCatalog.Get(attention));
        var x = Vector<double>.Build.Dense(
            N * D, _ => positive ? 0.2 + random.NextDouble() : (2 * random.NextDouble()) - 1);
        return (model, x);
    }

    private static double Commutator(Matrix<double> c, Matrix<double> r) =>
        ((c * r) - (r * c)).InfinityNorm();

    /// <summary>A deliberately wrong attention: reports 2 g' instead of g'.</summary>
    private sealed class DoubledDerivative(ElementwiseAttention inner) : ElementwiseAttention
    {
        public override string Name => "doubled-" + inner.Name;

        public override double Value(double z) => inner.Value(z);

        public override double Derivative(double z) => 2 * inner.Derivative(z);
    }
}
