using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section2;

/// <summary>
/// (1): the graph gradient (grad x)_ji = x_j - x_i is antisymmetric, so |(grad x)_ij|^2 is
/// symmetric in i, j. Also decided: the edge condition stated just before (1). Printed as
/// "(i, j) in E implies (i, i) in E", it must read (j, i) in E: a loop weight w_ii never enters
/// U (|x_i - x_i|^2 = 0) and only w_ij + w_ji does, so the undirected reading is the one the
/// later equations (symmetric G in (12)-(13)) use.
/// </summary>
public sealed class Eq01GraphGradient : Statement
{
    public override string Id => "eq1";

    public override string Claim =>
        "The graph gradient (∇x)_ji = x_j − x_i is antisymmetric: (∇x)_ij = −(∇x)_ji.";

    protected override Finding Decide()
    {
        var m = ModelCatalog.Get(3, 3, GraphShape.Complete);

        // (grad x)_ij + (grad x)_ji = 0 and |(grad x)_ij|^2 = |(grad x)_ji|^2
        var antisymmetric = Pairs(m).All(p => Enumerable.Range(0, m.D).All(a =>
            (Gradient(m, p.I, p.J, a) + Gradient(m, p.J, p.I, a)).IsZero));
        var symmetricNorm = Pairs(m).All(p => (m.SquaredDistance(p.I, p.J) - m.SquaredDistance(p.J, p.I)).IsZero);

        // U with independent weights w_ij, w_ji, w_ii: dU/dw_ij = dU/dw_ji and dU/dw_ii = 0
        var (u, weights) = DirectedPotential(m);
        var symmetricPart = Pairs(m).All(p => (u.Diff(weights[p.I, p.J]) - u.Diff(weights[p.J, p.I])).IsZero);
        var loopsVanish = Enumerable.Range(0, m.N).All(i => u.Diff(weights[i, i]).IsZero);

        if (!(antisymmetric && symmetricNorm && symmetricPart && loopsVanish))
        {
            return new Finding(Verdict.FalseAsPrinted,
                $"derivation disagrees: antisymmetric={antisymmetric}, symmetric norm={symmetricNorm}, "
                + $"symmetric part={symmetricPart}, loops vanish={loopsVanish}");
        }

        return new Finding(Verdict.HoldsUpToConvention,
            "(1) holds: (∇x)_ij + (∇x)_ji = 0 and |(∇x)_ij|² = |(∇x)_ji|² exactly (K3, d = 3). "
            + "The edge condition printed before (1), '(i,j) ∈ E ⇒ (i,i) ∈ E', must read (j,i) ∈ E: "
            + "with independent weights w_ij, w_ji, w_ii the potential satisfies ∂U/∂w_ij = ∂U/∂w_ji "
            + "and ∂U/∂w_ii = 0, so loops are invisible and only the symmetric incidence matters.")
        {
            Forms =
            [
                new DerivedForm("edge condition", @"(i,j)\in\mathcal{E} \Rightarrow (j,i)\in\mathcal{E}"),
                new DerivedForm("antisymmetry", @"(\nabla x)_{ij} + (\nabla x)_{ji} = 0"),
            ],
        };
    }

    private static Expr Gradient(GndModel m, int j, int i, int a) =>
        Expr.Of(m.X[j, a]) - Expr.Of(m.X[i, a]);

    private static IEnumerable<(int I, int J)> Pairs(GndModel m) =>
        from i in Enumerable.Range(0, m.N) from j in Enumerable.Range(0, m.N) where i < j select (i, j);

    private static (Expr U, Symbol[,] Weights) DirectedPotential(GndModel m)
    {
        // U = sum_{i,j} w_ij g(C_ij) |x_i - x_j|^2 with every w_ij its own symbol
        var weights = new Symbol[m.N, m.N];
        var u = Expr.Zero;
        for (var i = 0; i < m.N; i++)
        {
            for (var j = 0; j < m.N; j++)
            {
                weights[i, j] = Symbol.Get("v", $"{i + 1}{j + 1}");
                u += Expr.Of(weights[i, j]) * Expr.Function("g", m.Scores[i, j]) * m.SquaredDistance(i, j);
            }
        }

        return (u, weights);
    }
}
