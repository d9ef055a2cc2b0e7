using GrandVerify.Statements.Derivation;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Section4;

/// <summary>
/// (23): the rotations Lambda = e^R that preserve the model are those with [W, R] = O. Decided:
/// the variation of U under x -&gt; x + sRx is exactly sum_s (dU/dW_s) [W, R]_s (standard family
/// and softmax), so it vanishes for every x when [W, R] = O; and at a numeric point with
/// [W, R] != O it does not vanish (so the condition is also necessary).
/// </summary>
public sealed class Eq23CommutingRotations : Statement
{
    public override string Id => "eq23";

    public override string Claim => "The rotations e^R that leave the model invariant are those with [W, R] = O.";

    protected override Finding Decide()
    {
        var models = ModelCatalog.Standard.Append(ModelCatalog.Softmax);
        var failure = Identities.FirstFailure(models, m =>
            [RotationDrift.PotentialVariation(m) - RotationDrift.PotentialCertificate(m)]);
        var witness = NumericWitness();
        if (failure is not null || Math.Abs(witness) < 1e-6)
        {
            return new Finding(Verdict.FalseAsPrinted,
                $"δU ≠ Σ ∂U/∂W_s [W,R]_s on {failure ?? "none"}, or δU = 0 with [W,R] ≠ O (δU = {witness})");
        }

        return new Finding(Verdict.Holds,
            $"δU = Σ_i ∇_iUᵀRx_i = Σ_{{a≤b}} (∂U/∂W_ab)[W,R]_ab exactly on {ModelCatalog.StandardLabel} and "
            + "for the softmax, so [W,R] = O makes U rotation invariant; conversely with W = diag(1, 2), "
            + $"R = R_(2,1), g = exp on K2, δU = {witness:G6} ≠ 0 at x_1 = (1, 0.5), x_2 = (0.3, −1).")
        {
            Forms = [new DerivedForm("variation", @"\delta U = \sum_{a\le b} \frac{\partial U}{\partial "
                + @"\mathbb{W}_{ab}}\,[\mathbb{W},\mathcal{R}]_{ab}")],
        };
    }

    /// <summary>delta U at a point where [W, R] != O, with the compiled expression.</summary>
    public static double NumericWitness()
    {
        var m = ModelCatalog.Get(2, 2, GraphShape.Complete, symbolicWeights: false);
        var variation = RotationDrift.PotentialVariation(m);
        var values = new Dictionary<Symbol, double>
        {
            [m.X[0, 0]] = 1,
            [m.X[0, 1]] = 0.5,
            [m.X[1, 0]] = 0.3,
            [m.X[1, 1]] = -1,
            [m.WSymbol(0, 0)] = 1,
            [m.WSymbol(0, 1)] = 0,
            [m.WSymbol(1, 1)] = 2,
            [Symbol.Get("R", "21")] = 1,
        };
        var order = values.Keys.ToList();
        var compiled = variation.Compile(order, (_, _, u) => Math.Exp(u));
        return compiled([.. order.Select(s => values[s])]);
    }
}
