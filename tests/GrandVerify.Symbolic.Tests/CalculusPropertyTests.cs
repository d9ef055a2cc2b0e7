using FsCheck.Fluent;
using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>Derivatives against central finite differences, and the product and chain rules
/// decided exactly.</summary>
public sealed class CalculusPropertyTests
{
    /// <summary>Central difference step: truncation h^2 |f'''|/6 ~ 1e-10 and rounding
    /// u |f| / h ~ 1e-11 |f| stay far below <see cref="Tolerance"/>.</summary>
    private const double H = 1e-5;

    /// <summary>Relative tolerance, scaled by 1 + |f| + |f'|: leaves room for |f'''| up to
    /// ~1e6 (h^2/6 f''' &lt;= 2e-5) while a wrong derivative is off by O(1).</summary>
    private const double Tolerance = 1e-4;

    /// <summary>Points where |f| exceeds this are discarded (near a pole the difference
    /// quotient is meaningless).</summary>
    private const double Bound = 1e4;

    private static readonly FsCheck.Arbitrary<ExprTree> Trees =
        Generators.Trees(Generators.SmoothFunctions, 3);

    private static readonly Symbol X = Symbol.Get("x");

    [Fact]
    public void Derivative_AgreesWithCentralDifference() => PropertyRunner.Check(
        "d/dx e = (e(x+h) - e(x-h))/2h",
        Prop.ForAll(Trees, Generators.Points(), (t, p) =>
            AgreesWithDifference(t.ToExpr(), e => e.Diff(X), p)));

    [Fact]
    public void NegativeControl_DerivativeWithRespectToWrongSymbol_IsDetected() =>
        PropertyRunner.MustFail(
        "d/dy e = difference in x (false)",
        Prop.ForAll(Trees, Generators.Points(), (t, p) =>
            AgreesWithDifference(t.ToExpr() * Expr.Sym("x"), e => e.Diff(Symbol.Get("y")), p)));

    [Fact]
    public void ProductRule_HoldsExactly() => PropertyRunner.Check(
        "(ab)' = a'b + ab'",
        Prop.ForAll(Trees, Trees, (ta, tb) =>
        {
            var (a, b) = (ta.ToExpr(), tb.ToExpr());
            return (a * b).Diff(X) == a.Diff(X) * b + a * b.Diff(X);
        }));

    [Fact]
    public void ChainRule_HoldsExactly() => PropertyRunner.Check(
        "d/dx e(y := u(x)) = (de/dy)(y := u) u'",
        Prop.ForAll(Trees, Trees, (te, tu) =>
        {
            var y = Symbol.Get("y");
            if (Poles.Of(() => te.ToExpr().Substitute(X, Expr.Sym("z")))
                || Poles.Of(() => tu.ToExpr().Substitute(y, Expr.Sym("z"))))
            {
                return true;
            }

            var e = te.ToExpr().Substitute(X, Expr.Sym("z"));
            var u = tu.ToExpr().Substitute(y, Expr.Sym("z"));
            if (Poles.Of(() => e.Substitute(y, u)) || Poles.Of(() => e.Diff(y).Substitute(y, u)))
            {
                return true;
            }

            var lhs = e.Substitute(y, u).Diff(X);
            var rhs = e.Diff(y).Substitute(y, u) * u.Diff(X);
            return lhs == rhs;
        }));

    [Fact]
    public void NegativeControl_ChainRuleWithoutInnerDerivative_IsDetected() =>
        PropertyRunner.MustFail(
        "d/dx e(u) = e'(u) (false)",
        Prop.ForAll(Trees, te =>
        {
            var y = Symbol.Get("y");
            var u = Expr.Parse("x^2 + 3*x");
            if (Poles.Of(() => te.ToExpr().Substitute(X, Expr.Sym("z"))))
            {
                return true;
            }

            var e = te.ToExpr().Substitute(X, Expr.Sym("z"));
            if (Poles.Of(() => e.Substitute(y, u)) || Poles.Of(() => e.Diff(y).Substitute(y, u)))
            {
                return true;
            }

            return e.Substitute(y, u).Diff(X) == e.Diff(y).Substitute(y, u);
        }));

    [Fact]
    public void JetTimeDerivative_MatchesChainRuleAlongACurve()
    {
        // L = e^{-t/eps} xdot^2/2 + x^3 t: D_t L = dL/dt + dL/dx xdot + dL/dxdot xddot
        var jets = new JetSpace(Symbol.Get("t"), [[Symbol.Get("x"), Symbol.Get("xd"), Symbol.Get("xdd")]]);
        var l = Expr.Parse("exp(-t/eps)*xd^2/2 + x^3*t");
        var expected = Expr.Parse(
            "-exp(-t/eps)*xd^2/(2*eps) + x^3 + 3*x^2*t*xd + exp(-t/eps)*xd*xdd");
        Assert.Equal(expected, jets.TimeDerivative(l));
        Assert.NotEqual(Expr.Parse("x^3 + 3*x^2*t*xd"), jets.TimeDerivative(l));
        Assert.Throws<InvalidOperationException>(() => jets.TimeDerivative(Expr.Parse("xdd")));
    }

    [Theory]
    [InlineData("exp(x^2)", "2*x*exp(x^2)")]
    [InlineData("log(x)", "1/x")]
    [InlineData("sqrt(x)", "1/(2*sqrt(x))")]
    [InlineData("tanh(x)", "1 - tanh(x)^2")]
    [InlineData("sigmoid(x)", "sigmoid(x)*(1 - sigmoid(x))")]
    [InlineData("relu(2*x)", "2*step(2*x)")]
    [InlineData("step(x)", "0")]
    [InlineData("g(x*y)", "y*g'(x*y)")]
    [InlineData("g''(x)", "g'''(x)")]
    [InlineData("x/(1 + x)", "1/(1 + x)^2")]
    public void Derivative_OfEachFunction(string e, string expected) =>
        Assert.Equal(Expr.Parse(expected), Expr.Parse(e).Diff(X));

    private static bool AgreesWithDifference(Expr e, Func<Expr, Expr> derivative, double[] p)
    {
        var values = Generators.Values(p);
        var f = Evaluator.Evaluate(e, values, Generators.SineModel);
        var d = Evaluator.Evaluate(derivative(e), values, Generators.SineModel);
        values[X] = p[0] + H;
        var fPlus = Evaluator.Evaluate(e, values, Generators.SineModel);
        values[X] = p[0] - H;
        var fMinus = Evaluator.Evaluate(e, values, Generators.SineModel);
        if (!double.IsFinite(f + d + fPlus + fMinus) || Math.Abs(f) > Bound || Math.Abs(d) > Bound)
        {
            return true;
        }

        var difference = (fPlus - fMinus) / (2 * H);
        return Math.Abs(difference - d) <= Tolerance * (1 + Math.Abs(f) + Math.Abs(d));
    }
}
