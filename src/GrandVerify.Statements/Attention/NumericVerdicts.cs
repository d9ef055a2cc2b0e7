using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Statements.Attentions;

/// <summary>
/// What an attention does on a given graph and W, measured at seeded random positions:
/// max relative asymmetry of G and of the exact C, the relative finite-difference error of
/// C x against -1/2 grad U, the relative difference between (19) and the exact force, and the
/// rotations leaving U invariant (joint commutant of the M_k) against the commutant of W.
/// </summary>
public sealed record NumericVerdicts(
    double GAsymmetry,
    double CAsymmetry,
    double GradientError,
    double Eq19Difference,
    IReadOnlyList<string> InvariantLabels,
    IReadOnlyList<Matrix<double>> InvariantRotations,
    int CommutantOfW)
{
    /// <summary>
    /// Exactly symmetric quantities computed by O(n d m) flops on O(1) data differ by a few
    /// hundred ulps at most, so 1e-10 relative separates rounding from structure.
    /// </summary>
    public const double SymmetryTolerance = 1e-10;

    /// <summary>
    /// Central differences with step 1e-5 (truncation ~1e-10, cancellation ~1e-11): 1e-6
    /// relative still rejects any missing term of relative size 1e-3 or more.
    /// </summary>
    public const double GradientTolerance = 1e-6;

    /// <summary>Step of those central differences.</summary>
    public const double DifferenceStep = 1e-5;

    /// <summary>
    /// (19) and the exact force are two analytic formulas: where they agree in exact
    /// arithmetic they differ by rounding only, far below 1e-10 relative.
    /// </summary>
    public const double AgreementTolerance = 1e-10;

    /// <summary>G = G^T up to rounding.</summary>
    public bool GSymmetric => GAsymmetry <= SymmetryTolerance;

    /// <summary>C = C^T up to rounding.</summary>
    public bool CSymmetric => CAsymmetry <= SymmetryTolerance;

    /// <summary>C x = -1/2 grad U to difference accuracy.</summary>
    public bool GradientConsistent => GradientError <= GradientTolerance;

    /// <summary>(19) gives the exact force.</summary>
    public bool Eq19Agrees => Eq19Difference <= AgreementTolerance;
}
