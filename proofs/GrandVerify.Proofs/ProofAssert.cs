using GrandVerify.Statements;
using GrandVerify.Symbolic;

namespace GrandVerify.Proofs;

/// <summary>Assertions shared by the proofs: a statement's decided verdict, and exact zero tests.</summary>
internal static class ProofAssert
{
    /// <summary>Decides the statement and asserts its verdict; returns the finding.</summary>
    public static Finding Verdict(string id, Verdict expected)
    {
        var result = Paper.Get(id).Check();
        Assert.True(expected == result.Finding.Verdict,
            $"{id}: expected {expected}, got {result.Finding.Verdict}: {result.Finding.Detail}");
        return result.Finding;
    }

    /// <summary>Every expression is exactly zero.</summary>
    public static void AllZero(IEnumerable<Expr> residuals, string what)
    {
        var index = 0;
        foreach (var e in residuals)
        {
            Assert.True(e.IsZero, $"{what}: residual {index} is not zero: {e}");
            index++;
        }
    }

    /// <summary>Some expression is not zero (a negative control).</summary>
    public static void SomeNonzero(IEnumerable<Expr> residuals, string what) =>
        Assert.False(residuals.All(e => e.IsZero), $"{what}: every residual vanished, the check cannot fail");
}
