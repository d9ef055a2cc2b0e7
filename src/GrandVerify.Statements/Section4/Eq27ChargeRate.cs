using GrandVerify.Statements.Section5;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// (27): along Y' = B Y, with Q = q(t) Y^T (J (x) R) Y and q = -e^{-t/eps}/2 (26),
/// dQ/dt = q' Y^T (J (x) R) Y + q Y^T (B^T (J (x) R) + (J (x) R) B) Y
///       = (e^{-t/eps}/2) Y^T ((1/eps)(J (x) R) - (B^T (J (x) R) + (J (x) R) B)) Y.
/// Derived as a quadratic form in the block algebra (no relation needed), cross-checked by the
/// chain rule on the explicit Q(t, Y) at n = 2, d = 2 with a generic symmetric C.
/// </summary>
public sealed class Eq27ChargeRate : Statement
{
    public override string Id => "eq27";

    public override string Claim =>
        "Along Y' = B(Y) Y, dQ/dt = -Q/eps - (e^{-t/eps}/2) d/dt(Y^T (J(x)R) Y) "
        + "= (e^{-t/eps}/2) Y^T ((1/eps) J(x)R - (B^T J(x)R + J(x)R B)) Y.";

    /// <summary>q(t) = -e^{-t/eps}/2 of Q = q Y^T (J (x) R) Y.</summary>
    public static Expr Prefactor => -Expr.Exp(-T / Eps) / 2;

    /// <summary>The matrix of dQ/dt: q' (J (x) R) + q (B^T (J (x) R) + (J (x) R) B).</summary>
    public static BlockMatrix Derived(BlockRelations r, int sign)
    {
        var b = BMatrix(r, sign);
        var jr = JR(r);

        // d/dt (Y^T M Y) = Y^T (B^T M + M B) Y for Y' = B Y and constant M
        var rate = Prefactor.Diff(Symbol.FromText("t"));
        return (rate * jr) + (Prefactor * ((b.Transpose() * jr) + (jr * b)));
    }

    /// <summary>The last line of (27): (e^{-t/eps}/2)((1/eps) J (x) R - (B^T J (x) R + J (x) R B)).</summary>
    public static BlockMatrix Printed(BlockRelations r, int sign)
    {
        var b = BMatrix(r, sign);
        var jr = JR(r);
        return (Expr.Exp(-T / Eps) / 2) * (((1 / Eps) * jr) - ((b.Transpose() * jr) + (jr * b)));
    }

    /// <summary>
    /// dQ/dt at n = 2, d = 2 by the chain rule on Q(t, Y) = q Y^T (J (x) R) Y:
    /// dQ/dt = dQ/dt|_Y + sum_i dQ/dY_i (B Y)_i, with B built entrywise from a generic C.
    /// </summary>
    public static Expr ConcreteRate(int sign)
    {
        var c = SymbolicCase.Generic;
        var y = SymbolicCase.State;
        var q = Prefactor * SymbolicCase.Quadratic(c.JR());
        var velocity = c.B(sign) * y;
        var rate = q.Diff(Symbol.FromText("t"));
        for (var i = 0; i < y.Rows; i++)
        {
            rate += q.Diff(SymbolicCase.StateSymbols[i]) * velocity[i, 0];
        }

        return rate;
    }

    protected override Finding Decide()
    {
        // first line: d/dt(q) = -(1/eps) q, so dQ/dt = -Q/eps + q d/dt(Y^T JR Y)
        var firstLine = Prefactor.Diff(Symbol.FromText("t")) == -Prefactor / Eps;

        // last line = derived quadratic form, for the printed and the derived sign of C in B
        var blocks = new[] { 1, -1 }.All(s => Derived(Free, s) == Printed(Free, s));

        // n = 2, d = 2: chain rule on Q(t, Y) against Y^T (last line) Y
        var realisation = SymbolicCase.Generic.Realisation;
        var concrete = new[] { 1, -1 }.All(s =>
            ConcreteRate(s) == SymbolicCase.Quadratic(realisation.Evaluate(Printed(Free, s))));

        var holds = firstLine && blocks && concrete;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Derived dQ/dt = q' Y^T(J(x)R)Y + q Y^T(B^T J(x)R + J(x)R B)Y with q = -e^{-t/eps}/2 in the "
            + "block algebra without any relation (so for every C, either sign of C in B); "
            + $"q' = -q/eps: {Mark(firstLine)}; equals the last line of (27): {Mark(blocks)}; cross-check by the "
            + $"chain rule on Q(t, Y) at n = 2, d = 2, generic symmetric C: {Mark(concrete)}.")
        {
            Forms =
            [
                new DerivedForm("dQ/dt (matrix of the quadratic form in Y)", Derived(Free, 1).ToLatex()),
            ],
        };
    }
}
