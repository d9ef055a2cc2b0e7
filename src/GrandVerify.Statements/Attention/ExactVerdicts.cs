namespace GrandVerify.Statements.Attentions;

/// <summary>
/// Exact decisions for an attention on the complete graph K_n with symbolic x and symbolic
/// symmetric W (W_K = I, W_Q = W/2, zeta = 3/2), each by the zero test of the kernel:
/// G_ij = G_ji; G_ij depends on its own score B^s_ij only; (19) equals -1/2 grad U; and the
/// charge-rate identity sum_r F_r^T R x_r = commutator form, for the force the entry integrates
/// and every basis R of so(d).
/// </summary>
public sealed record ExactVerdicts(
    string Attention,
    int Nodes,
    int Dimension,
    bool GSymmetric,
    bool OwnScoreOnly,
    bool Eq19Identical,
    bool CertificateIdentity,
    double Seconds);
