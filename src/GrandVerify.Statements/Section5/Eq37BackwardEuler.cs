using GrandVerify.Numerics.Integrators;
using GrandVerify.Symbolic.Blocks;
using MathNet.Numerics.LinearAlgebra;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (37): backward Euler y_{k+1} = y_k + h E(t_{k+1}, y_{k+1}) y_{k+1}, i.e.
/// (I - h E(y_{k+1})) y_{k+1} = y_k. Its linear part is solvable exactly when
/// I + (h^2/eps) C is invertible, since (I + h E)(I - h E) = I_2 (x) (I + (h^2/eps) C)
/// (E^2 = a b diag(C, C), a b = -1/eps), a block identity without relations. Checked on the
/// numeric integrator by the residual of (37) at its converged step.
/// </summary>
public sealed class Eq37BackwardEuler : Statement
{
    public const double NumericStep = 0.05;

    public override string Id => "eq37";

    public override string Claim => "Backward Euler reads (I - h E(y_{k+1})) y_{k+1} = y_k.";

    /// <summary>(I + h E)(I - h E).</summary>
    public static BlockMatrix Product(BlockRelations r) => Shift(r, H, E(r)) * Shift(r, -H, E(r));

    /// <summary>I_2 (x) (I + (h^2/eps) C).</summary>
    public static BlockMatrix Expected(BlockRelations r) => Diag(I(r) + (((H ^ 2) / Eps) * C(r)));

    /// <summary>|(I - h E(t+h, y1)) y1 - y0| / |y0| for the backward Euler step y0 -> y1.</summary>
    public static double Residual(NumericCase n, IIntegrator method)
    {
        var y1 = method.Step(n.System, n.T, NumericStep, n.Y).Y;
        var identity = Matrix<double>.Build.DenseIdentity(y1.Count);
        var lhs = (identity - (n.System.Matrix(n.T + NumericStep, y1) * NumericStep)) * y1;
        return (lhs - n.Y).L2Norm() / n.Y.L2Norm();
    }

    protected override Finding Decide()
    {
        var blocks = Product(Free) == Expected(Free);
        var residual = Residual(NumericCase.WithCommuting, new BackwardEuler());

        var holds = blocks && residual <= NumericCase.SolverTolerance;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "(37) is the backward Euler step rearranged. (I + hE)(I - hE) = I_2 (x) (I + (h^2/eps)C) in "
            + $"the block algebra ({Mark(blocks)}), so the step matrix is invertible iff I + (h^2/eps) C is. "
            + $"Residual of (37) at the numeric backward Euler step (h = {NumericStep}, "
            + $"{NumericCase.WithCommuting.Label}): {residual:E1}.");
    }
}
