namespace GrandVerify.Symbolic.Model;

/// <summary>The graphs the symbolic model is built on (Section 2): the complete graph K_n
/// (every pair i != j is an edge) and the path P_n (edges (i, i+1)).</summary>
public enum GraphShape
{
    /// <summary>K_n: w_ij = 1 (or a symbol) for every i != j.</summary>
    Complete,

    /// <summary>P_n: w_ij nonzero only for |i - j| = 1.</summary>
    Path,
}
