using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (35): for y_{k+1} = (I + h E) y_k,
/// (I + h E)^T (J (x) R) (I + h E) = J (x) R + h (E^T (J (x) R) + (J (x) R) E) + h^2 E^T (J (x) R) E,
/// an identity of the block algebra without any relation; cross-checked at n = 2, d = 2.
/// </summary>
public sealed class Eq35EulerExpansion : Statement
{
    public override string Id => "eq35";

    public override string Claim =>
        "For forward Euler y_{k+1}^T JR y_{k+1} = y_k^T JR y_k + h y_k^T (E^T JR + JR E) y_k "
        + "+ h^2 y_k^T E^T JR E y_k.";

    /// <summary>(I + h E)^T (J (x) R) (I + h E).</summary>
    public static BlockMatrix Derived(BlockRelations r)
    {
        var step = Shift(r, H, E(r));
        return step.Transpose() * JR(r) * step;
    }

    /// <summary>The right-hand side of (35) as a matrix.</summary>
    public static BlockMatrix Printed(BlockRelations r)
    {
        var (e, jr) = (E(r), JR(r));
        return jr + (H * ((e.Transpose() * jr) + (jr * e))) + ((H ^ 2) * (e.Transpose() * jr * e));
    }

    protected override Finding Decide()
    {
        var blocks = Derived(Free) == Printed(Free);
        var c = SymbolicCase.Generic;
        var step = Symbolic.ExprMatrix.Identity(8) + (H * c.E());
        var concrete = c.Agrees(Printed(Free), step.Transpose() * c.JR() * step);

        var holds = blocks && concrete;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            $"Exact expansion in the block algebra with no relation: {Mark(blocks)}; entrywise at n = 2, d = 2 "
            + $"with a generic symmetric C: {Mark(concrete)}.")
        {
            Forms = [new DerivedForm("(I+hE)^T (J(x)R) (I+hE)", Derived(Free).ToLatex())],
        };
    }
}
