using GrandVerify.Symbolic;

namespace GrandVerify.Statements.Section2;

/// <summary>
/// The derivative layout (3) and the chain rule (4) on a concrete nonlinear map u(v) of R^3 and a
/// scalar c(u) = g(u^T M u) with an opaque g: the matrix of (3) has entry (I, J) = du^J/dv^I (the
/// transpose of the Jacobian), and (4) multiplies it with the column dc/du.
/// </summary>
public static class ChainRule
{
    private const int Dim = 3;

    /// <summary>The symbols v^1..v^3.</summary>
    public static Symbol[] V { get; } =
        [.. Enumerable.Range(1, Dim).Select(a => Symbol.Get("v", "", $"{a}"))];

    /// <summary>The symbols u^1..u^3 (the free variables of c).</summary>
    public static Symbol[] U { get; } =
        [.. Enumerable.Range(1, Dim).Select(a => Symbol.Get("u", "", $"{a}"))];

    /// <summary>A nonlinear map with a nonsymmetric Jacobian: u = (v1 v2, v2 + v3^2, v1^3 v3).</summary>
    public static Expr[] Map { get; } =
    [
        Expr.Of(V[0]) * V[1],
        Expr.Of(V[1]) + Expr.Of(V[2]).Pow(2),
        Expr.Of(V[0]).Pow(3) * V[2],
    ];

    /// <summary>c(u) = g(u^T M u) with a symbolic symmetric M.</summary>
    public static Expr Scalar
    {
        get
        {
            var q = Expr.Zero;
            for (var a = 0; a < Dim; a++)
            {
                for (var b = 0; b < Dim; b++)
                {
                    var m = Symbol.Get("M", $"{Math.Min(a, b) + 1}{Math.Max(a, b) + 1}");
                    q += Expr.Of(U[a]) * m * U[b];
                }
            }

            return Expr.Function("g", q);
        }
    }

    /// <summary>The matrix of (3): entry (I, J) = du^J/dv^I; transposed=true gives the Jacobian.</summary>
    public static ExprMatrix Layout(bool transposed = false) =>
        ExprMatrix.Build(Dim, Dim, (i, j) => transposed ? Map[i].Diff(V[j]) : Map[j].Diff(V[i]));

    /// <summary>max over I of |(matrix * dc/du)_I - dc(u(v))/dv^I| as a list of residuals.</summary>
    public static IEnumerable<Expr> Residuals(ExprMatrix layout)
    {
        // dc/du at u = u(v), as a column
        var substitution = Enumerable.Range(0, Dim).ToDictionary(a => U[a], a => Map[a]);
        var gradient = ExprMatrix.Build(Dim, 1, (a, _) => Scalar.Diff(U[a]).Substitute(substitution));
        var composed = Scalar.Substitute(substitution);
        var product = layout * gradient;
        return Enumerable.Range(0, Dim).Select(i => product[i, 0] - composed.Diff(V[i]));
    }
}
