using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Model;

public sealed class DiffusionSystemTests
{
    private const int N = 4;
    private const int D = 4;

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NonPositiveEps_IsRejected(double eps)
    {
        var force = new PaperForceModel(GraphGenerators.Path(2), Coupling.Scalar(1, 2), new PaperSoftmax());

        Assert.Throws<ArgumentOutOfRangeException>(() => new DiffusionSystem(force, eps));
    }

    [Fact]
    public void Evaluate_EqualsMatrixTimesState_AndFollows30()
    {
        var (system, y) = RandomSystem(Fixtures.CommutingCoupling);
        const double t = 0.3;

        var dy = system.Evaluate(t, y);

        var layout = system.Layout;
        var expectedX = layout.Momenta(y) * Math.Exp(t / system.Eps);
        var b = -Math.Exp(-t / system.Eps) / system.Eps;
        var expectedP = system.Force.Force(layout.Positions(y)) * b;
        Assert.True((layout.Positions(dy) - expectedX).InfinityNorm() <= NumericTolerance.Algebraic);
        Assert.True((layout.Momenta(dy) - expectedP).InfinityNorm() <= NumericTolerance.Algebraic);
        var viaMatrix = system.Matrix(t, y) * y;
        Assert.True((viaMatrix - dy).InfinityNorm() <= NumericTolerance.Algebraic * dy.InfinityNorm());
    }

    [Fact]
    public void E_KeepsTheChargeForm_WhenWCommutes()
    {
        // E^T (J (x) R) + (J (x) R) E = 0   (32)
        var (system, y) = RandomSystem(Fixtures.CommutingCoupling);
        var jr = new Charge(Fixtures.CommutingRotation(D)).SymplecticForm(N);
        var e = system.Matrix(0.2, y);

        var defect = (e.Transpose() * jr) + (jr * e);

        Assert.True(defect.InfinityNorm() <= NumericTolerance.Algebraic * e.InfinityNorm());
    }

    [Fact]
    public void E_BreaksTheChargeForm_WhenWDoesNotCommute()
    {
        var (system, y) = RandomSystem(Fixtures.CommutingCoupling);
        var jr = new Charge(Fixtures.NonCommutingRotation(D)).SymplecticForm(N);
        var e = system.Matrix(0.2, y);

        var defect = (e.Transpose() * jr) + (jr * e);

        Assert.True(defect.InfinityNorm() > NumericTolerance.Violation * e.InfinityNorm());
    }

    [Theory]
    [InlineData(1.0, 1e-3)]
    [InlineData(-1.0, 1e-3)]
    public void GrowthFactor_BeyondExponentLimit_IsANumericalFailure(double t, double eps)
    {
        var force = new PaperForceModel(GraphGenerators.Path(2), Coupling.Scalar(1, 1), new PaperSoftmax());
        var system = new DiffusionSystem(force, eps);

        var e = Assert.Throws<NumericalFailureException>(() => system.GrowthFactor(t));

        Assert.Equal(t, e.Time);
        Assert.Contains("overflows", e.Condition, StringComparison.Ordinal);
        Assert.Contains("eps", e.Remedy, StringComparison.Ordinal);
        Assert.Equal(Math.Exp(0.7 / eps), system.GrowthFactor(0.7));
    }

    [Fact]
    public void EnsureFinite_NamesTheBadBlock()
    {
        var (system, y) = RandomSystem(Fixtures.CommutingCoupling);
        y[system.Layout.PIndex(2, 1)] = double.NaN;

        var e = Assert.Throws<NumericalFailureException>(() => system.EnsureFinite(y, 0.5, "state"));

        Assert.Contains("p_2", e.Condition, StringComparison.Ordinal);
        Assert.Null(e.Step);
        Assert.Equal(7, e.AtStep(7).Step);
    }

    [Fact]
    public void Layout_PlacesXBlockThenPBlock()
    {
        var layout = new StateLayout(2, 3);
        var y = layout.Pack([[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]);

        Assert.Equal(Enumerable.Range(1, 12).Select(v => (double)v), y);
        Assert.Equal([4.0, 5, 6], layout.X(y, 1));
        Assert.Equal([7.0, 8, 9], layout.P(y, 0));
        Assert.Equal(10, layout.PIndex(1, 1));
        Assert.Throws<ArgumentException>(() => layout.CheckState(Vector<double>.Build.Dense(11), "y"));
    }

    private static (DiffusionSystem System, Vector<double> Y) RandomSystem(
        Func<int, Random, double, Coupling> coupling)
    {
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(N, random);
        var system = Fixtures.System(graph, coupling(D, random, 0.5), new PaperSoftmax(), 0.5);
        return (system, Fixtures.RandomState(system.Layout, random));
    }
}
