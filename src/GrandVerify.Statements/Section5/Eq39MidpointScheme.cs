using GrandVerify.Numerics.Integrators;
using GrandVerify.Symbolic.Blocks;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (39): y_{k+1} = y_k + h E(xi) (y_{k+1} + y_k)/2, equivalently (I - h/2 E) y_{k+1} =
/// (I + h/2 E) y_k. The map P of (40) solves it: (I - h/2 E) P = I + h/2 E holds in the block
/// algebra with S^{-1} (no hypothesis on R^); numerically the midpoint map satisfies (39).
/// </summary>
public sealed class Eq39MidpointScheme : Statement
{
    public const double NumericStep = 0.05;

    public override string Id => "eq39";

    public override string Claim =>
        "The midpoint scheme y_{k+1} = y_k + h E(y_xi) (y_{k+1} + y_k)/2 with a frozen point xi.";

    /// <summary>(I - h/2 E) P - (I + h/2 E).</summary>
    public static BlockMatrix Residual(BlockRelations r) =>
        (Shift(r, -H / 2, E(r)) * P(r, E(r))) - Shift(r, H / 2, E(r));

    /// <summary>|y1 - y0 - h E (y1 + y0)/2| / |y1| for y1 = P(t, y0) y0 of the numeric model.</summary>
    public static double NumericResidual(NumericCase n)
    {
        var y1 = MidpointMap.Matrix(n.System, n.T, NumericStep, n.Y) * n.Y;
        var e = n.System.Matrix(n.T, n.Y);
        return (y1 - n.Y - (e * ((y1 + n.Y) * (NumericStep / 2)))).L2Norm() / y1.L2Norm();
    }

    protected override Finding Decide()
    {
        var blocks = Residual(SchurFree).IsZero;
        var residual = NumericResidual(NumericCase.Generic);

        var holds = blocks && residual <= NumericCase.RoundingTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Recombination: (I - h/2 E) y_(k+1) = (I + h/2 E) y_k; the map P of (40) solves it, "
            + $"(I - h/2 E) P = I + h/2 E in the block algebra with S^(-1), no hypothesis on R ({Mark(blocks)}); "
            + $"numeric residual of (39) for y_(k+1) = P y_k with xi = y_k: {residual:E1}.");
    }
}
