using GrandVerify.Numerics.Integrators;
using GrandVerify.Symbolic.Blocks;
using MathNet.Numerics.LinearAlgebra;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// Remark 1: any frozen point xi keeps the charge, and the implicit midpoint step is a backward
/// Euler half step followed by a forward Euler half step, both with E at (t_{k+1/2}, y_{k+1/2}):
/// with M = E(xi) frozen, (I + h/2 M)(I - h/2 M)^{-1} = (I + h/2 M)(I_2 (x) S^{-1})(I + h/2 M) = P,
/// and y_{k+1/2} = (I_2 (x) S^{-1})(I + h/2 M) y_k = (y_k + y_{k+1})/2, so (41) follows with E
/// evaluated at t_{k+1/2} for both half steps.
/// </summary>
public sealed class Remark1HalfStepDecomposition : Statement
{
    public const double NumericStep = 0.02;

    public override string Id => "remark1";

    public override string Claim =>
        "Any t_xi keeps the charge; backward then forward Euler on h/2 gives "
        + "y_{k+1/2} = (y_k + y_{k+1})/2 and (41).";

    /// <summary>(I + h/2 M)(I_2 (x) S^{-1})(I + h/2 M): backward half step, then forward half step.</summary>
    public static BlockMatrix Composite(BlockRelations r, BlockMatrix m) =>
        Shift(r, H / 2, m) * Diag(SInverse(r)) * Shift(r, H / 2, m);

    /// <summary>(I_2 (x) S^{-1})(I + h/2 M) - (I + P)/2: zero iff y_{k+1/2} is the mean.</summary>
    public static BlockMatrix MeanDefect(BlockRelations r, BlockMatrix m) =>
        (Diag(SInverse(r)) * Shift(r, H / 2, m))
        - ((1 / (Symbolic.Expr)2) * (BlockMatrix.Identity(r) + P(r, m)));

    /// <summary>Backward Euler (h/2, E at t + h/2) then forward Euler (h/2 from t + h/2).</summary>
    public static Vector<double> HalfSteps(NumericCase n, double h)
    {
        var half = new BackwardEuler().Step(n.System, n.T, h / 2, n.Y).Y;
        return new ForwardEuler().Step(n.System, n.T + (h / 2), h / 2, half).Y;
    }

    /// <summary>max over random frozen points xi of |P(t, xi)^T JR P(t, xi) - JR| / |JR|.</summary>
    public static double FrozenPointDefect(NumericCase n)
    {
        var random = new Random(NumericCase.Seed);
        var worst = 0.0;
        for (var trial = 0; trial < 5; trial++)
        {
            var xi = Vector<double>.Build.Dense(n.Y.Count, _ => random.NextDouble() - 0.5);
            var t = n.T + (NumericStep * random.NextDouble());
            var p = MidpointMap.Matrix(n.System, t, NumericStep, xi);
            worst = Math.Max(worst, NumericCase.Relative(p.Transpose() * n.JR * p, n.JR));
        }

        return worst;
    }

    protected override Finding Decide()
    {
        var r = SchurFree;
        var composite = Composite(r, E(r)) == P(r, E(r));
        var mean = MeanDefect(r, E(r)).IsZero;

        var n = NumericCase.WithCommuting;
        var halves = HalfSteps(n, NumericStep);
        var midpoint = new ImplicitMidpoint().Step(n.System, n.T, NumericStep, n.Y).Y;
        var agreement = (halves - midpoint).L2Norm() / midpoint.L2Norm();
        var frozen = FrozenPointDefect(n);
        var modified = NumericCase.Relative(
            n.Q(new ModifiedMidpoint().Step(n.System, n.T, NumericStep, n.Y).Y), n.Q(n.Y));

        var holds = composite && mean && agreement <= NumericCase.SolverTolerance
            && frozen <= NumericCase.RoundingTolerance && modified <= NumericCase.RoundingTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Block algebra with M = E(xi) frozen: (I + h/2 M)(I_2 (x) S^(-1))(I + h/2 M) = P "
            + $"({Mark(composite)}) and y_(k+1/2) = (y_k + y_(k+1))/2 ({Mark(mean)}), no hypothesis on R; so both half "
            + "steps use E at (t_(k+1/2), y_(k+1/2)) and give (41). Numeric: backward+forward Euler half "
            + $"steps vs implicit midpoint, relative difference {agreement:E1}; P(t, xi) keeps J(x)R at five "
            + $"random frozen points ({frozen:E1}); modified midpoint (xi = y_k) charge change "
            + $"{modified:E1}.");
    }
}
