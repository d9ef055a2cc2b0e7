using FsCheck.Fluent;
using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>
/// The zero test against evaluation. Zero by the test implies zero at every point (soundness,
/// for all generated expressions). For rational functions of symbols the test is complete: a
/// nonzero canonical form is nonzero at some of a few random points.
/// </summary>
public sealed class ZeroTestPropertyTests
{
    /// <summary>A value this small after cancellation of O(1e6) terms is rounding, not a
    /// signal.</summary>
    private const double Tolerance = 1e-6;

    private static readonly FsCheck.Arbitrary<ExprTree> Smooth =
        Generators.Trees(Generators.SmoothFunctions, 3);

    private static readonly FsCheck.Arbitrary<ExprTree> Rational = Generators.Trees([], 4);

    [Fact]
    public void ZeroByTest_IsZeroNumerically() => PropertyRunner.Check(
        "a(b + c) - (ab + ac) = 0 and evaluates to 0",
        Prop.ForAll(Smooth, Smooth, Generators.Points(), (ta, tb, p) =>
        {
            var (a, b) = (ta.ToExpr(), tb.ToExpr());
            var d = (a + b) * (a - b) - (a * a - b * b);
            var v = Evaluator.Evaluate(a * a - b * b, Generators.Values(p), Generators.SineModel);
            var r = Evaluator.Evaluate(d, Generators.Values(p), Generators.SineModel);
            var skip = !double.IsFinite(v) || Math.Abs(v) > 1e6;
            return d.IsZero && (skip || Math.Abs(r) <= Tolerance * (1 + Math.Abs(v)));
        }));

    [Fact]
    public void RationalFunctions_TestAgreesWithEvaluation() => PropertyRunner.Check(
        "for rational a, b: a = b iff a(p) = b(p) at random points",
        Prop.ForAll(Rational, Rational, (ta, tb) => Agree(ta.ToExpr(), tb.ToExpr())));

    [Fact]
    public void RationalFunctions_PerturbedIdentity_IsDifferent() => PropertyRunner.Check(
        "a + b^2 + 1 != a when b is real (never 'equal')",
        Prop.ForAll(Rational, Rational, (ta, tb) =>
        {
            var (a, b) = (ta.ToExpr(), tb.ToExpr());
            return a + b * b + 1 != a && Agree(a, a + b * b + 1);
        }));

    [Fact]
    public void NegativeControl_SinglePointComparison_IsNotADecision()
    {
        // a "zero test" by evaluation at one point accepts x^2 - x at x = 1: the exact test
        // does not
        var e = Expr.Parse("x^2 - x");
        Assert.Equal(0.0, e.Evaluate(new Dictionary<Symbol, double> { [Symbol.Get("x")] = 1 }));
        Assert.False(e.IsZero);
    }

    private static bool Agree(Expr a, Expr b)
    {
        // a nonzero rational function vanishes on a measure-zero set: 5 generic points suffice
        var rng = new Random(17);
        var equal = a == b;
        var differs = false;
        for (var i = 0; i < 5; i++)
        {
            var p = new[] { rng.NextDouble() * 4 - 2, rng.NextDouble() * 4 - 2, rng.NextDouble() * 4 - 2 };
            var va = a.Evaluate(Generators.Values(p));
            var vb = b.Evaluate(Generators.Values(p));
            if (!double.IsFinite(va) || !double.IsFinite(vb))
            {
                continue;
            }

            differs |= Math.Abs(va - vb) > Tolerance * (1 + Math.Abs(va) + Math.Abs(vb));
        }

        return equal != differs;
    }
}
