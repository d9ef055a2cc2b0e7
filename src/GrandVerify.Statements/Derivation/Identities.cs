using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Derivation;

/// <summary>Exact decisions over a family of models: each candidate identity is a list of
/// expressions that must all be zero by the kernel's zero test.</summary>
public static class Identities
{
    /// <summary>The label of the first model on which some residual is not zero, or null.</summary>
    public static string? FirstFailure(
        IEnumerable<GndModel> models, Func<GndModel, IEnumerable<Expr>> residuals)
    {
        foreach (var m in models)
        {
            if (!AllZero(residuals(m)))
            {
                return m.Label;
            }
        }

        return null;
    }

    /// <summary>Whether every expression is zero.</summary>
    public static bool AllZero(IEnumerable<Expr> residuals) => residuals.All(e => e.IsZero);

    /// <summary>The entries of a matrix.</summary>
    public static IEnumerable<Expr> Entries(ExprMatrix m)
    {
        for (var i = 0; i < m.Rows; i++)
        {
            for (var j = 0; j < m.Cols; j++)
            {
                yield return m[i, j];
            }
        }
    }

    /// <summary>The entries of an n x d array.</summary>
    public static IEnumerable<Expr> Entries(Expr[,] m) => m.Cast<Expr>();

    /// <summary>Entrywise a - b.</summary>
    public static IEnumerable<Expr> Differences(Expr[,] a, Expr[,] b) =>
        a.Cast<Expr>().Zip(b.Cast<Expr>(), (x, y) => x - y);

    /// <summary>Entrywise a - b for a column and an n x d array (row-major stacked).</summary>
    public static IEnumerable<Expr> Differences(ExprMatrix column, Expr[,] b) =>
        Entries(column).Zip(b.Cast<Expr>(), (x, y) => x - y);
}
