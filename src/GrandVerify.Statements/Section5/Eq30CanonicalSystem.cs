using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using MathNet.Numerics.LinearAlgebra;
using static GrandVerify.Statements.Section5.CanonicalBlocks;
using static GrandVerify.Statements.Section5.Verified;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// (30): in canonical variables y = (x, p), p = e^{-t/eps} P (16), the system is y' = E y with
/// E = [[0, e^{t/eps} I], [-(e^{-t/eps}/eps) C, 0]]. Derived by the change of variables
/// y = D Y, D = diag(I, e^{-t/eps} I): E = D' D^{-1} + D B D^{-1}, with B of (17), i.e. B having
/// -C in its lower-left block (sum_j A_ij x_j = (C x)_i). With the printed B of (20) (+C) the
/// same computation gives +(e^{-t/eps}/eps) C: (30) agrees with (17), not with (20) as printed.
/// Cross-check: C(x) x = -grad U / 2 numerically, so E y is Hamilton's vector field of (21).
/// </summary>
public sealed class Eq30CanonicalSystem : Statement
{
    /// <summary>
    /// Central differences with step 1e-5 have truncation error ~ 1e-10 |U'''| and rounding
    /// ~ u |U| / 1e-5 ~ 1e-11 |U|; 1e-6 relative separates these from a wrong force by far.
    /// </summary>
    public const double GradientTolerance = 1e-6;

    private const double Step = 1e-5;

    public override string Id => "eq30";

    public override string Claim =>
        "In canonical variables y = (x, p), y' = E(y) y with "
        + "E = [[0, e^{t/eps} I], [-(e^{-t/eps}/eps) C(y), 0]].";

    /// <summary>D' D^{-1} + D B D^{-1} for B with s C in its lower-left block.</summary>
    public static BlockMatrix Derived(BlockRelations r, int sign)
    {
        var c = Expr.Exp(-T / Eps);
        var d = new BlockMatrix(I(r), Zero(r), Zero(r), BlockElement.Scalar(r, c));
        var dInverse = new BlockMatrix(I(r), Zero(r), Zero(r), BlockElement.Scalar(r, 1 / c));
        var dDot = new BlockMatrix(Zero(r), Zero(r), Zero(r), BlockElement.Scalar(r, -c / Eps));

        // y = D Y  =>  y' = (D' D^{-1} + D B D^{-1}) y
        return (dDot * dInverse) + (d * BMatrix(r, sign) * dInverse);
    }

    /// <summary>
    /// max_i |(C x)_i + (grad U)_i / 2| / |C x| at the numeric case, by central differences.
    /// </summary>
    public static double ForceGradientMismatch(NumericCase numeric)
    {
        var system = numeric.System;
        var x = system.Layout.Positions(numeric.Y);
        var force = system.AssembleC(numeric.Y) * x;
        var gradient = Vector<double>.Build.Dense(x.Count);
        for (var i = 0; i < x.Count; i++)
        {
            // dU/dx_i ~ (U(x + s e_i) - U(x - s e_i)) / (2 s)
            var (plus, minus) = (x.Clone(), x.Clone());
            plus[i] += Step;
            minus[i] -= Step;
            gradient[i] = (Potential(numeric, plus) - Potential(numeric, minus)) / (2 * Step);
        }

        return (force + (gradient * 0.5)).InfinityNorm() / force.InfinityNorm();
    }

    protected override Finding Decide()
    {
        // from (17) (lower-left -C): exactly E of (30); from the printed (20) (+C): the sign flips
        var fromSeventeen = Derived(Free, -1) == E(Free);
        var fromTwenty = Derived(Free, 1) == E(Free, -1);

        // C(x) x = -grad U / 2: E y is Hamilton's vector field of H in (21)
        var mismatch = ForceGradientMismatch(NumericCase.WithCommuting);
        var hamilton = mismatch <= GradientTolerance;

        var holds = fromSeventeen && hamilton;
        return new Finding(
            holds ? Verdict.Holds : Verdict.FalseAsPrinted,
            "Change of variables y = diag(I, e^{-t/eps} I) Y in the block algebra: from (17) (B with -C) "
            + $"it gives E of (30): {Mark(fromSeventeen)}; from (20) as printed (+C) it gives the opposite sign "
            + $"of C: {Mark(fromTwenty)}. Numerically C(x)x = -grad U/2 ({NumericCase.WithCommuting.Label}, "
            + $"central differences, relative mismatch {mismatch:E2} <= {GradientTolerance:E0}), so E y "
            + "is x' = dH/dp, p' = -dH/dx for H of (21).")
        {
            Forms = [new DerivedForm("E (from (16)-(17))", Derived(Free, -1).ToLatex())],
        };
    }

    private static double Potential(NumericCase numeric, Vector<double> x) =>
        ((GrandVerify.Numerics.Model.PaperForceModel)numeric.System.Force).Potential(x);
}
