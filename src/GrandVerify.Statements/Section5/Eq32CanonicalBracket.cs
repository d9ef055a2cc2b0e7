using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (32): E^T (J (x) R) + (J (x) R) E = 0 when [W, R] = 0. In the block algebra
/// E^T (J (x) R) + (J (x) R) E = [[b (R^ C - C R^), 0], [0, 0]], b = -e^{-t/eps}/eps,
/// which vanishes exactly when C R^ = R^ C. Cross-checked entrywise at n = 2, d = 2 and
/// numerically at n = 3, d = 4.
/// </summary>
public sealed class Eq32CanonicalBracket : Statement
{
    public override string Id => "eq32";

    public override string Claim => "If [W, R] = 0 then E(y)^T (J(x)R) + (J(x)R) E(y) = 0.";

    /// <summary>E^T (J (x) R) + (J (x) R) E.</summary>
    public static BlockMatrix Derived(BlockRelations r, int sign = 1)
    {
        var (e, jr) = (E(r, sign), JR(r));
        return (e.Transpose() * jr) + (jr * e);
    }

    /// <summary>[[b (R^ C - C R^), 0], [0, 0]].</summary>
    public static BlockMatrix Expected(BlockRelations r)
    {
        var z = Zero(r);
        return new BlockMatrix(B * ((Rh(r) * C(r)) - (C(r) * Rh(r))), z, z, z);
    }

    /// <summary>Entrywise E^T (J (x) R) + (J (x) R) E at n = 2, d = 2.</summary>
    public static bool VanishesAt(SymbolicCase c)
    {
        var (e, jr) = (c.E(), c.JR());
        return ((e.Transpose() * jr) + (jr * e)).IsZero;
    }

    /// <summary>|E^T (J (x) R) + (J (x) R) E|_F / (|E|_F |J (x) R|_F) at the numeric case.</summary>
    public static double NumericDefect(NumericCase n)
    {
        var e = n.System.Matrix(n.T, n.Y);
        var jr = n.JR;
        return ((e.Transpose() * jr) + (jr * e)).FrobeniusNorm() / (e.FrobeniusNorm() * jr.FrobeniusNorm());
    }

    protected override Finding Decide()
    {
        var blocks = Derived(Commuting).IsZero && Derived(Commuting, -1).IsZero;
        var exact = Derived(Free) == Expected(Free) && !Expected(Free).IsZero;
        var concrete = VanishesAt(SymbolicCase.WithCommuting) && !VanishesAt(SymbolicCase.Generic);
        var (good, bad) = (NumericDefect(NumericCase.WithCommuting), NumericDefect(NumericCase.Generic));
        var numeric = good <= NumericCase.RoundingTolerance && bad > NumericCase.RoundingTolerance;

        var holds = blocks && exact && concrete && numeric;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Block algebra: E^T J(x)R + J(x)R E = [[b(R^C - CR^), 0],[0, 0]] with no relation "
            + $"({Mark(exact)}); zero under C R^ = R^ C, for either sign of C ({Mark(blocks)}); entrywise at n = 2, "
            + $"d = 2, commuting C zero and generic C nonzero ({Mark(concrete)}); numerically at "
            + $"{NumericCase.WithCommuting.Label}: relative size {good:E1}, with [W,R] != 0: {bad:E1}.")
        {
            Forms = [new DerivedForm("E^T(J(x)R) + (J(x)R)E", Derived(Free).ToLatex())],
        };
    }
}
