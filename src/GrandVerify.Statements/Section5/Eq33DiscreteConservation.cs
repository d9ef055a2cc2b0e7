using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (33): the discrete conservation of (31) at consecutive grid points is
/// y_{k+1}^T (J (x) R) y_{k+1} = y_k^T (J (x) R) y_k, because Q = -y^T (J (x) R) y / 2 (31).
/// Checked by evaluating both sides of Q = -y^T (J (x) R) y / 2 at random states.
/// </summary>
public sealed class Eq33DiscreteConservation : Statement
{
    public override string Id => "eq33";

    public override string Claim =>
        "Discrete charge conservation means y_{k+1}^T (J(x)R) y_{k+1} = y_k^T (J(x)R) y_k.";

    /// <summary>max over the states of |Q(y) + y^T (J (x) R) y / 2| / |Q(y)|.</summary>
    public static double FormMismatch(NumericCase n, IEnumerable<Vector<double>> states) =>
        states.Max(y => NumericCase.Relative(-0.5 * (y * n.JR * y), n.Q(y)));

    protected override Finding Decide()
    {
        var n = NumericCase.WithCommuting;
        var random = new Random(NumericCase.Seed);
        var states = Enumerable.Range(0, 5)
            .Select(_ => Vector<double>.Build.Dense(n.Y.Count, _ => random.NextDouble() - 0.5))
            .Append(n.Y).ToList();
        var mismatch = FormMismatch(n, states);

        var holds = mismatch <= NumericCase.RoundingTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Since Q = sum_i p_i^T R x_i = -y^T (J(x)R) y / 2 (31), equality of the quadratic forms at "
            + "t_k and t_{k+1} is equality of the charges. The form identity checked at six random "
            + $"states (n = 3, d = 4, seed {NumericCase.Seed}): relative mismatch {mismatch:E1}.");
    }
}
