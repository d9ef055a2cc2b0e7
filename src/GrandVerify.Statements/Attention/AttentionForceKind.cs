namespace GrandVerify.Statements.Attentions;

/// <summary>Which force an attention entry integrates.</summary>
public enum AttentionForceKind
{
    /// <summary>The block formula (19) with D_ij = dG_ij/dC_ij (the paper's literal model).</summary>
    Eq19,

    /// <summary>The exact force -1/2 grad U, from the invariants B^k_ij = x_i^T M_k x_j.</summary>
    ExactGradient,
}
