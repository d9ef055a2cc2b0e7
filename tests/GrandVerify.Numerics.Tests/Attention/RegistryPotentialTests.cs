using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Attention;

/// <summary>
/// Every potential of <see cref="PotentialCatalog"/> on a random weighted graph (n = 5, d = 4,
/// W = diag(a, a, B)): the exact force is -1/2 grad U, C(x) is symmetric with C x = F, C
/// commutes with I_n (x) R for R in the joint commutant, and d/ds U(e^{sR} x) is the
/// commutator combination. A new catalogue entry gets all of these without new test code.
/// </summary>
public sealed class RegistryPotentialTests(ITestOutputHelper output)
{
    private const int N = 5;
    private const int D = 4;

    public static TheoryData<string> Names => [.. PotentialCatalog.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Force_IsMinusHalfGradientOfU(string name)
    {
        var (model, x) = Random(name);

        var error = GradientError(model, x);

        output.WriteLine($"seed {Fixtures.Seed}: {name} relative error {error:G3}");
        Assert.True(error <= NumericTolerance.FiniteDifference, $"{name}: {error:G3}");
    }

    [Theory]
    [MemberData(nameof(BrokenPotentials.Names), MemberType = typeof(BrokenPotentials))]
    public void Force_IsMinusHalfGradientOfU_RejectsBrokenPotential(string name)
    {
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(N, random);
        var w = Fixtures.CommutingCoupling(D, random);
        var model = new GradientForceModel(graph, BrokenPotentials.Get(name, w));
        var x = Fixtures.RandomState(new StateLayout(N, D), random).SubVector(0, N * D);

        var error = GradientError(model, x);

        output.WriteLine($"seed {Fixtures.Seed}: broken {name} relative error {error:G3}");
        Assert.True(error > NumericTolerance.Violation, $"{name}: {error:G3}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void C_IsSymmetric_AndTimesXIsTheForce(string name)
    {
        var (model, x) = Random(name);

        var c = model.Assemble(x);
        var f = model.Force(x);

        Assert.True((c - c.Transpose()).InfinityNorm() <= NumericTolerance.Algebraic * c.InfinityNorm());
        Assert.True((c * x - f).InfinityNorm() <= NumericTolerance.Algebraic * c.InfinityNorm() * x.InfinityNorm());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void C_CommutesWithEveryRotationOfTheJointCommutant(string name)
    {
        var (model, x) = Random(name);
        var rotations = JointCommutant.Basis(model.AttentionPotential.Invariants);
        var c = model.Assemble(x);

        Assert.NotEmpty(rotations);
        foreach (var r in rotations)
        {
            var block = new Charge(r).BlockDiagonal(N);
            var bracket = ((c * block) - (block * c)).InfinityNorm();
            Assert.True(bracket <= NumericTolerance.Algebraic * c.InfinityNorm(), $"{name}: {bracket:G3}");
            Assert.True(Math.Abs(RotationDerivative.Evaluate(model, x, r))
                <= NumericTolerance.Algebraic * Math.Max(1.0, Math.Abs(model.Potential(x))));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RotationDerivative_MatchesDifferenceOfU_ForNonCommutingRotation(string name)
    {
        var (model, x) = Random(name);
        var r = Fixtures.NonCommutingRotation(D);

        // (U(e^{hR} x) - U(e^{-hR} x)) / 2h against sum_k <Ubar^k, X [M_k, R] X^T>
        var h = NumericTolerance.FiniteDifferenceStep;
        var difference = (model.Potential(Rotate(x, r, h)) - model.Potential(Rotate(x, r, -h))) / (2 * h);
        var combination = RotationDerivative.Evaluate(model, x, r);

        Assert.True(Math.Abs(combination) > NumericTolerance.Violation, $"{name}: {combination:G3}");
        Assert.True(Math.Abs(difference - combination) <= NumericTolerance.FiniteDifference * Math.Abs(combination));
    }

    [Fact]
    public void JointCommutant_OfKeyQueryMatrices_IsSmallerThanCommutantOfW()
    {
        // W_K = diag(1, 1, 2, 3), W_Q = diag(1, 1, 3, 2): W = diag(2, 2, 12, 12) commutes with
        // Q1 and Q6, but W_K^T W_K = diag(1, 1, 4, 9) only with Q1
        var keys = Matrix<double>.Build.DenseOfDiagonalArray([1.0, 1.0, 2.0, 3.0]);
        var queries = Matrix<double>.Build.DenseOfDiagonalArray([1.0, 1.0, 3.0, 2.0]);
        var parameters = AttentionParameters.FromKeyQuery(keys, queries);

        var ofW = Commutant.Basis(parameters.Coupling);
        var joint = JointCommutant.Basis(new CosinePotential(parameters).Invariants);

        Assert.Equal(2, ofW.Count);
        Assert.Single(joint);
    }

    private (GradientForceModel Model, Vector<double> X) Random(string name)
    {
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(N, random);
        var w = Fixtures.CommutingCoupling(D, random);
        var potential = PotentialCatalog.Get(name, AttentionParameters.FromCoupling(w, zeta: 1.5));
        var x = Fixtures.RandomState(new StateLayout(N, D), random).SubVector(0, N * D);
        output.WriteLine($"seed {Fixtures.Seed}, graph {graph.EdgeCount} edges, W = {w}");
        return (new GradientForceModel(graph, potential), x);
    }

    private static double GradientError(IForceModel model, Vector<double> x)
    {
        // -1/2 (U(x + h e_k) - U(x - h e_k)) / 2h against F_k
        var h = NumericTolerance.FiniteDifferenceStep;
        var f = model.Force(x);
        var fd = Vector<double>.Build.Dense(x.Count, k =>
        {
            var (plus, minus) = (x.Clone(), x.Clone());
            plus[k] += h;
            minus[k] -= h;
            return -0.5 * (model.Potential(plus) - model.Potential(minus)) / (2 * h);
        });
        return (f - fd).InfinityNorm() / Math.Max(fd.InfinityNorm(), double.Epsilon);
    }

    private static Vector<double> Rotate(Vector<double> x, Matrix<double> r, double s)
    {
        // x_i -> e^{sR} x_i, e^{sR} = I + sin(s) R + (1 - cos s) R^2 for a basis R (R^3 = -R)
        var q = Matrix<double>.Build.DenseIdentity(D) + (r * Math.Sin(s)) + (r * r * (1 - Math.Cos(s)));
        var y = x.Clone();
        for (var i = 0; i < N; i++)
        {
            y.SetSubVector(i * D, D, q * x.SubVector(i * D, D));
        }

        return y;
    }
}
