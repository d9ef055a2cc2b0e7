namespace GrandVerify.Properties.Tests.Generators;

/// <summary>How W is drawn (see <see cref="CouplingSpec"/>).</summary>
public enum CouplingKind
{
    /// <summary>W1 = 1e-3 I_4 of Section 6.</summary>
    PaperW1,

    /// <summary>W2 = diag(1e-3, 1e-3, 1, 1) of Section 6.</summary>
    PaperW2,

    /// <summary>W = V^T diag(lambda) V, V signed permutation times Hadamard block: exact.</summary>
    ExactSpectral,

    /// <summary>W = U diag(lambda) U^T, U random orthogonal (QR of a Gaussian matrix).</summary>
    RandomSpectral,

    /// <summary>W = W_K^T W_Q + W_Q^T W_K (18) from random key and query matrices.</summary>
    KeyQuery,
}
