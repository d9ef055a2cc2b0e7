using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Experiments;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Integrators;

/// <summary>The exact one-step charge changes of forward and backward Euler, and (40).</summary>
public sealed class OneStepChargeTests(ITestOutputHelper output)
{
    private const int N = 5;
    private const int D = 4;
    private const double Eps = 0.3;
    private const double H = 0.05;
    private const double T = 0.2;

    [Fact]
    public void ForwardEuler_ChargeChange_IsMinusH2OverEpsCxRp()
    {
        var (system, y0, charge) = Setup(Fixtures.CommutingRotation(D));

        var y1 = new ForwardEuler().Step(system, T, H, y0).Y;

        // Q_1 - Q_0 = -(h^2/eps) sum_i (C(x_0) x_0)_i^T R p_{0,i}
        var predicted = -(H * H / Eps) * ForceRotatedMomentum(system, charge, y0);
        var actual = charge.Evaluate(system.Layout, y1) - charge.Evaluate(system.Layout, y0);
        var bound = RoundingBound(system, y0, y1);
        output.WriteLine($"actual {actual:G17}, predicted {predicted:G17}, bound {bound:G3}");
        Assert.True(Math.Abs(predicted) > 1e3 * bound, "the change must be resolvable");
        Assert.True(Math.Abs(actual - predicted) <= bound);
    }

    [Fact]
    public void ForwardEuler_ChargeChangeFormula_FailsWhenWDoesNotCommute()
    {
        var (system, y0, charge) = Setup(Fixtures.NonCommutingRotation(D));

        var y1 = new ForwardEuler().Step(system, T, H, y0).Y;

        var predicted = -(H * H / Eps) * ForceRotatedMomentum(system, charge, y0);
        var actual = charge.Evaluate(system.Layout, y1) - charge.Evaluate(system.Layout, y0);
        Assert.True(Math.Abs(actual - predicted) > 1e3 * RoundingBound(system, y0, y1));
    }

    [Fact]
    public void BackwardEuler_ChargeChange_IsPlusH2OverEpsAtTheNewPoint()
    {
        var (system, y0, charge) = Setup(Fixtures.CommutingRotation(D));

        var step = new BackwardEuler().Step(system, T, H, y0);

        // Q_1 - Q_0 = +(h^2/eps) sum_i (C(x_1) x_1)_i^T R p_{1,i}
        var y1 = step.Y;
        var predicted = H * H / Eps * ForceRotatedMomentum(system, charge, y1);
        var actual = charge.Evaluate(system.Layout, y1) - charge.Evaluate(system.Layout, y0);
        var bound = SolverBound(system, y1) + RoundingBound(system, y0, y1);
        output.WriteLine($"iterations {step.Statistics.Iterations}, actual {actual:G17}, " +
            $"predicted {predicted:G17}, bound {bound:G3}");
        Assert.True(Math.Abs(predicted) > 1e3 * bound, "the change must be resolvable");
        Assert.True(Math.Abs(actual - predicted) <= bound);
    }

    [Fact]
    public void MidpointMap_KeepsTheChargeForm_WhenWCommutes()
    {
        // P^T (J (x) R) P = J (x) R   (40)
        var (system, xi, charge) = Setup(Fixtures.CommutingRotation(D));
        var jr = charge.SymplecticForm(N);

        var p = MidpointMap.Matrix(system, T, H, xi);

        var defect = (p.Transpose() * jr * p) - jr;
        var size = p.InfinityNorm() * p.InfinityNorm();
        Assert.True(defect.InfinityNorm() <= NumericTolerance.Algebraic * size);
    }

    [Fact]
    public void MidpointMap_BreaksTheChargeForm_WhenWDoesNotCommute()
    {
        var (system, xi, charge) = Setup(Fixtures.NonCommutingRotation(D));
        var jr = charge.SymplecticForm(N);

        var p = MidpointMap.Matrix(system, T, H, xi);

        // well above the tolerance that the commuting case meets
        var defect = ((p.Transpose() * jr * p) - jr).InfinityNorm();
        var tolerance = NumericTolerance.Algebraic * p.InfinityNorm() * p.InfinityNorm();
        output.WriteLine($"defect {defect:G3}, tolerance {tolerance:G3}");
        Assert.True(defect > 1e3 * tolerance);
    }

    [Fact]
    public void MidpointMap_Matrix_AgreesWithTheModifiedMidpointStep()
    {
        var (system, y, _) = Setup(Fixtures.CommutingRotation(D));

        var viaMatrix = MidpointMap.Matrix(system, T, H, y) * y;
        var viaStep = new ModifiedMidpoint().Step(system, T, H, y).Y;

        Assert.True((viaMatrix - viaStep).InfinityNorm() <= NumericTolerance.Algebraic * y.InfinityNorm());
    }

    [Fact]
    public void ImplicitMidpoint_SolvesEquation41()
    {
        var (system, y0, _) = Setup(Fixtures.CommutingRotation(D));

        var step = new ImplicitMidpoint().Step(system, T, H, y0);

        // y_1 - y_0 - h E(t + h/2, xi) xi with xi = (y_0 + y_1)/2   (41)
        var xi = (y0 + step.Y) * 0.5;
        var residual = step.Y - y0 - (system.Evaluate(T + (H / 2), xi) * H);
        var bound = 10 * FixedPointPolicy.DefaultTolerance * step.Y.InfinityNorm();
        Assert.True(residual.InfinityNorm() <= bound);
        Assert.InRange(step.Statistics.Iterations, 2, FixedPointPolicy.DefaultMaxIterations);
    }

    /// <summary>
    /// Rounding of one step and of two charge evaluations: K u (scale_0 + scale_1) with the K
    /// of <see cref="ConservationVerdict"/>, whose analysis covers these operations.
    /// </summary>
    private static double RoundingBound(
        DiffusionSystem system, Vector<double> y0, Vector<double> y1) =>
        ConservationVerdict.Constant(N, D) * NumericTolerance.U
        * (Experiment.Scale(system.Layout, y0) + Experiment.Scale(system.Layout, y1));

    /// <summary>
    /// A stopped fixed-point iterate is off by about the last relative change, at most
    /// tol |y|_inf per entry; Q is bilinear, so its error is at most tol |y|_inf |y|_1 (x2 for
    /// the right-hand side evaluated at the same iterate), with a factor 10 for the contraction.
    /// </summary>
    private static double SolverBound(DiffusionSystem system, Vector<double> y1) =>
        20 * FixedPointPolicy.DefaultTolerance * y1.InfinityNorm() * y1.L1Norm()
        * (1 + (H * H / Eps * system.AssembleC(y1).InfinityNorm()));

    private static double ForceRotatedMomentum(
        DiffusionSystem system, Charge charge, Vector<double> y)
    {
        // sum_i (C(x) x)_i^T R p_i
        var layout = system.Layout;
        var cx = system.Force.Force(layout.Positions(y));
        var rp = charge.BlockDiagonal(N) * layout.Momenta(y);
        return cx.DotProduct(rp);
    }

    private (DiffusionSystem System, Vector<double> Y, Charge Charge) Setup(Matrix<double> r)
    {
        output.WriteLine($"seed {Fixtures.Seed}");
        var random = new Random(Fixtures.Seed);
        var graph = Fixtures.RandomGraph(N, random);
        var w = Fixtures.CommutingCoupling(D, random, 0.5);
        var system = Fixtures.System(graph, w, new PaperSoftmax(), Eps);
        return (system, Fixtures.RandomState(system.Layout, random), new Charge(r));
    }
}
