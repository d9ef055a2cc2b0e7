namespace GrandVerify.Statements.Section3;

/// <summary>(8): C_ij = M_ij + M_ji is symmetric in (i, j), decided with symbolic W_K, W_Q.</summary>
public sealed class Eq08SymmetrisedScore : Statement
{
    public override string Id => "eq8";

    public override string Claim => "The score C_ij = M_ij + M_ji is symmetric in i and j.";

    protected override Finding Decide()
    {
        var (x1, x2) = (KeyQueryScores.X1, KeyQueryScores.X2);
        var symmetric = (KeyQueryScores.C(x1, x2) - KeyQueryScores.C(x2, x1)).IsZero;
        return symmetric
            ? new Finding(Verdict.Holds, "C_12 − C_21 = 0 exactly for symbolic W_K, W_Q (d = 2, d' = 3).")
            : new Finding(Verdict.FalseAsPrinted, "C_12 != C_21");
    }
}
