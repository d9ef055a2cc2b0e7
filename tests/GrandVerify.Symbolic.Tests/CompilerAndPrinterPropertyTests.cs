using FsCheck.Fluent;
using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>Compiled delegates against the interpreter; parse(print(e)) = e.</summary>
public sealed class CompilerAndPrinterPropertyTests
{
    /// <summary>Same operations in another association order: a few ulps per operation.</summary>
    private const double Tolerance = 1e-9;

    private static readonly FsCheck.Arbitrary<ExprTree> Trees =
        Generators.Trees([.. Generators.SmoothFunctions, "relu"], 4);

    private static readonly Symbol[] Order = Generators.Variables.Select(Symbol.FromText).ToArray();

    [Fact]
    public void Compiled_AgreesWithEvaluate() => PropertyRunner.Check(
        "compile(e)(v) = evaluate(e, v)",
        Prop.ForAll(Trees, Generators.Points(), (t, p) =>
        {
            var e = t.ToExpr();
            var interpreted = Evaluator.Evaluate(e, Generators.Values(p), Generators.SineModel);
            var compiled = Compiler.Compile(e, Order, Generators.SineModel)(p);
            return Close(interpreted, compiled);
        }), Math.Max(10, PropertyRunner.Cases / 4));

    [Fact]
    public void CompiledVector_AgreesEntrywise() => PropertyRunner.Check(
        "compileVector(e1, e2)(v) = (e1(v), e2(v))",
        Prop.ForAll(Trees, Trees, Generators.Points(), (ta, tb, p) =>
        {
            var (a, b) = (ta.ToExpr(), tb.ToExpr());
            var f = Compiler.CompileVector([a, b, a * b], Order, Generators.SineModel)(p);
            var v = Generators.Values(p);
            return Close(Evaluator.Evaluate(a, v, Generators.SineModel), f[0])
                && Close(Evaluator.Evaluate(b, v, Generators.SineModel), f[1]);
        }), Math.Max(10, PropertyRunner.Cases / 4));

    [Fact]
    public void NegativeControl_CompiledWithSwappedVariables_IsDetected() =>
        PropertyRunner.MustFail(
        "compile with order (y, x, z) = evaluate (false)",
        Prop.ForAll(Trees, Generators.Points(), (t, p) =>
        {
            var e = t.ToExpr() + Expr.Sym("x") * 2;
            var swapped = new[] { Order[1], Order[0], Order[2] };
            return Close(Evaluator.Evaluate(e, Generators.Values(p), Generators.SineModel),
                Compiler.Compile(e, swapped, Generators.SineModel)(p));
        }), Math.Max(20, PropertyRunner.Cases / 4));

    [Fact]
    public void ParsePrint_RoundTrips() => PropertyRunner.Check(
        "parse(print(e)) = e",
        Prop.ForAll(Trees, t =>
        {
            var e = t.ToExpr();
            return Expr.Parse(e.ToString()) == e;
        }));

    [Fact]
    public void Printing_IsDeterministic() => PropertyRunner.Check(
        "print(e) built twice is the same text",
        Prop.ForAll(Trees, t => t.ToExpr().ToString() == t.ToExpr().ToString()
            && t.ToExpr().ToLatex() == t.ToExpr().ToLatex()));

    private static bool Close(double a, double b) =>
        (double.IsNaN(a) && double.IsNaN(b)) || a == b
        || Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
