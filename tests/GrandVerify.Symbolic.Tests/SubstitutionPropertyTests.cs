using FsCheck.Fluent;
using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>Substitution is a ring homomorphism, simultaneous, and commutes with
/// evaluation.</summary>
public sealed class SubstitutionPropertyTests
{
    /// <summary>Evaluation through the substituted form and through the value table differ by
    /// rounding only; 1e-9 relative covers a few hundred operations on values below 1e6.</summary>
    private const double Tolerance = 1e-9;

    private static readonly FsCheck.Arbitrary<ExprTree> Trees =
        Generators.Trees(Generators.SmoothFunctions, 3);

    private static readonly Symbol Y = Symbol.Get("y");

    [Fact]
    public void Substitution_IsAHomomorphism() => PropertyRunner.Check(
        "s(a+b)=s(a)+s(b), s(ab)=s(a)s(b)",
        Prop.ForAll(Trees, Trees, Trees, (ta, tb, tu) =>
        {
            var (a, b, u) = (ta.ToExpr(), tb.ToExpr(), tu.ToExpr());
            Expr S(Expr e) => e.Substitute(Y, u);
            if (Poles.Of(() => S(a)) || Poles.Of(() => S(b)))
            {
                return true;
            }

            return S(a + b) == S(a) + S(b) && S(a * b) == S(a) * S(b);
        }));

    [Fact]
    public void Substitution_CommutesWithEvaluation() => PropertyRunner.Check(
        "eval(e(y := u)) = eval(e) at y = eval(u)",
        Prop.ForAll(Trees, Trees, Generators.Points(), (te, tu, p) =>
        {
            var (e, u) = (te.ToExpr(), tu.ToExpr());
            if (Poles.Of(() => e.Substitute(Y, u)))
            {
                return true;
            }

            var values = Generators.Values(p);
            var lhs = Evaluator.Evaluate(e.Substitute(Y, u), values, Generators.SineModel);
            values[Y] = Evaluator.Evaluate(u, values, Generators.SineModel);
            var rhs = Evaluator.Evaluate(e, values, Generators.SineModel);
            return !double.IsFinite(lhs + rhs) || Math.Abs(lhs) > 1e6
                || Math.Abs(lhs - rhs) <= Tolerance * (1 + Math.Abs(rhs));
        }));

    [Fact]
    public void Substitution_IsSimultaneous()
    {
        var swap = new Dictionary<Symbol, Expr> { [Symbol.Get("x")] = Expr.Sym("y"), [Y] = Expr.Sym("x") };
        Assert.Equal(Expr.Parse("y^2*x + g(y - x)"), Expr.Parse("x^2*y + g(x - y)").Substitute(swap));
    }

    [Fact]
    public void Substitution_CanonicalisesFunctionArguments()
    {
        // g(x1 W_12 x2) and g(x2 W_21 x1) coincide once W_21 := W_12
        var e = Expr.Parse("g(x1*W_12*x2) - g(x2*W_21*x1)");
        Assert.False(e.IsZero);
        Assert.True(e.Substitute(Symbol.FromText("W_21"), Expr.Sym("W_12")).IsZero);
        Assert.Equal(Expr.One, Expr.Parse("exp(x - y)").Substitute(Y, Expr.Sym("x")));
    }

    [Fact]
    public void NegativeControl_SequentialSubstitution_IsNotSimultaneous()
    {
        var sequential = Expr.Parse("x^2*y")
            .Substitute(Symbol.Get("x"), Expr.Sym("y"))
            .Substitute(Y, Expr.Sym("x"));
        Assert.NotEqual(Expr.Parse("y^2*x"), sequential);
    }

    [Fact]
    public void Substitution_IntoAPole_ThrowsNamingTheDenominator()
    {
        // shrunk case found by the chain-rule property: -1/(y - z) with y := z
        var e = Expr.Parse("-1/(y - z)");
        var error = Assert.Throws<DivideByZeroException>(() => e.Substitute(Y, Expr.Sym("z")));
        Assert.Contains("y - z", error.Message);
    }
}
