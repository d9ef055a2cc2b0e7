using GrandVerify.Statements.Section5;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// (29): B^T (J (x) R) + (J (x) R) B = (1/eps) J (x) R when [W, R] = 0. In the block algebra,
/// with B = (1/eps)[[0, eps I], [s C, I]]:
/// B^T (J (x) R) + (J (x) R) B = (1/eps) J (x) R + (s/eps)[[R^ C - C R^, 0], [0, 0]],
/// so it holds for either sign s of C exactly when C R^ = R^ C.
/// </summary>
public sealed class Eq29ChargeDerivativeBlocks : Statement
{
    public override string Id => "eq29";

    public override string Claim => "If [W, R] = 0 then B(Y)^T (J(x)R) + (J(x)R) B(Y) = (1/eps) J(x)R.";

    /// <summary>B^T (J (x) R) + (J (x) R) B.</summary>
    public static BlockMatrix Derived(BlockRelations r, int sign)
    {
        var (b, jr) = (BMatrix(r, sign), JR(r));
        return (b.Transpose() * jr) + (jr * b);
    }

    /// <summary>The defect (s/eps)[[R^ C - C R^, 0], [0, 0]].</summary>
    public static BlockMatrix Defect(BlockRelations r, int sign)
    {
        var z = Zero(r);
        return new BlockMatrix((sign / Eps) * ((Rh(r) * C(r)) - (C(r) * Rh(r))), z, z, z);
    }

    /// <summary>Whether the realised identity holds entrywise at n = 2, d = 2.</summary>
    public static bool HoldsAt(SymbolicCase c, int sign)
    {
        var (b, jr) = (c.B(sign), c.JR());
        return ((b.Transpose() * jr) + (jr * b) - ((1 / Eps) * jr)).IsZero;
    }

    protected override Finding Decide()
    {
        var signs = new[] { 1, -1 };

        // with C R^ = R^ C: equal for both signs
        var commuting = signs.All(s => Derived(Commuting, s) == (1 / Eps) * JR(Commuting));

        // without: the defect is exactly (s/eps)[[R^ C - C R^, 0], [0, 0]] and nonzero
        var free = signs.All(s => Derived(Free, s) - ((1 / Eps) * JR(Free)) == Defect(Free, s)
            && !Defect(Free, s).IsZero);

        // n = 2, d = 2: holds for C commuting with R^, fails for a generic symmetric C
        var concrete = signs.All(
            s => HoldsAt(SymbolicCase.WithCommuting, s) && !HoldsAt(SymbolicCase.Generic, s));

        var holds = commuting && free && concrete;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Block algebra: B^T J(x)R + J(x)R B = (1/eps) J(x)R + (s/eps)[[R^C - CR^, 0],[0, 0]] for "
            + $"B with s C in its lower-left block; identity under C R^ = R^ C for s = +1 and s = -1: "
            + $"{Mark(commuting)}; defect exact and nonzero without it: {Mark(free)}; entrywise at n = 2, d = 2 "
            + $"(commuting C holds, generic C fails): {Mark(concrete)}. Holds for either sign of C in (20).")
        {
            Forms =
            [
                new DerivedForm("B^T(J(x)R) + (J(x)R)B, no relation", Derived(Free, 1).ToLatex()),
                new DerivedForm("with C R^ = R^ C", Derived(Commuting, 1).ToLatex()),
            ],
        };
    }
}
