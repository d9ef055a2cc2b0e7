using GrandVerify.Statements.Derivation;

namespace GrandVerify.Statements.Section3;

/// <summary>(9): G_ij = w_ij g(C_ij). Decided: G is symmetric with zero diagonal on the standard
/// family and for the paper's softmax, which (12)-(13) rely on.</summary>
public sealed class Eq09Couplings : Statement
{
    public override string Id => "eq9";

    public override string Claim => "The coupling is G_ij = w_ij g(C_ij) with g an activation such as softmax.";

    protected override Finding Decide()
    {
        var models = ModelCatalog.Standard.Append(ModelCatalog.Softmax).Concat(ModelCatalog.Elementwise);
        var failure = Identities.FirstFailure(models, m =>
            from i in Enumerable.Range(0, m.N)
            from j in Enumerable.Range(0, m.N)
            select i == j ? m.Couplings[i, i] : m.Couplings[i, j] - m.Couplings[j, i]);
        return failure is null
            ? new Finding(Verdict.Holds,
                $"G_ij − G_ji = 0 and G_ii = 0 exactly on {ModelCatalog.StandardLabel}, for exp, tanh, "
                + "sigmoid and for the softmax e^{C_ij}/Σ_{k,l} e^{C_kl} (K3, d = 2).")
            : new Finding(Verdict.FalseAsPrinted, $"G is not symmetric on {failure}");
    }
}
