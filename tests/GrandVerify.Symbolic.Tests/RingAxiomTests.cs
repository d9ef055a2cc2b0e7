using FsCheck.Fluent;
using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>The canonical form is a commutative ring (a field away from zero): each axiom is
/// decided exactly by the zero test on generated expressions.</summary>
public sealed class RingAxiomTests
{
    private static readonly FsCheck.Arbitrary<ExprTree> Trees =
        Generators.Trees(Generators.SmoothFunctions, 3);

    [Fact]
    public void Addition_IsCommutativeAndAssociative() => PropertyRunner.Check(
        "a+b=b+a, (a+b)+c=a+(b+c)",
        Prop.ForAll(Trees, Trees, Trees, (ta, tb, tc) =>
        {
            var (a, b, c) = (ta.ToExpr(), tb.ToExpr(), tc.ToExpr());
            return a + b == b + a && (a + b) + c == a + (b + c);
        }));

    [Fact]
    public void Multiplication_IsCommutativeAssociativeAndDistributive() => PropertyRunner.Check(
        "ab=ba, (ab)c=a(bc), a(b+c)=ab+ac",
        Prop.ForAll(Trees, Trees, Trees, (ta, tb, tc) =>
        {
            var (a, b, c) = (ta.ToExpr(), tb.ToExpr(), tc.ToExpr());
            return a * b == b * a && (a * b) * c == a * (b * c) && a * (b + c) == a * b + a * c;
        }));

    [Fact]
    public void Identities_And_Inverses() => PropertyRunner.Check(
        "a+0=a, 1a=a, a-a=0, (a/b)b=a",
        Prop.ForAll(Trees, Trees, (ta, tb) =>
        {
            var (a, b) = (ta.ToExpr(), tb.ToExpr());
            var ok = a + 0 == a && 1 * a == a && (a - a).IsZero;
            return ok && (b.IsZero || (a / b) * b == a);
        }));

    [Fact]
    public void Powers_Multiply() => PropertyRunner.Check(
        "a^2 a^3 = a^5, (ab)^2 = a^2 b^2",
        Prop.ForAll(Trees, Trees, (ta, tb) =>
        {
            var (a, b) = (ta.ToExpr(), tb.ToExpr());
            return a.Pow(2) * a.Pow(3) == a.Pow(5) && (a * b).Pow(2) == a.Pow(2) * b.Pow(2);
        }));

    [Fact]
    public void NegativeControl_NonCommutingSubtraction_IsDetected() => PropertyRunner.MustFail(
        "a-b=b-a (false)",
        Prop.ForAll(Trees, Trees, (ta, tb) =>
            ta.ToExpr() - tb.ToExpr() == tb.ToExpr() - ta.ToExpr()));
}
