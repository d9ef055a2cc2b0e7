namespace GrandVerify.Numerics.Tests;

/// <summary>Tolerances shared by the tests, each with its reason.</summary>
internal static class NumericTolerance
{
    /// <summary>Unit roundoff u = 2^-53.</summary>
    public const double U = 1.1102230246251565e-16;

    /// <summary>
    /// Identities that hold exactly in real arithmetic and are evaluated with O(nd) flops per
    /// entry on O(1) data (n d &lt;= 40 here): a few hundred u relative, so 1e-12 has margin.
    /// </summary>
    public const double Algebraic = 1e-12;

    /// <summary>
    /// Central differences with step 1e-5 on O(1) data: truncation ~ 1e-10, cancellation
    /// ~ u/1e-5 ~ 1e-11, so agreement to 1e-7 relative is a real check and a missed term (O(1)
    /// relative) is far outside it.
    /// </summary>
    public const double FiniteDifference = 1e-7;

    /// <summary>
    /// A defect counts as a real violation above 1e-3 relative: four orders above the
    /// finite-difference tolerance and nine above rounding, so a negative control that fails
    /// cannot be failing by noise.
    /// </summary>
    public const double Violation = 1e-3;

    /// <summary>Step of the central differences above.</summary>
    public const double FiniteDifferenceStep = 1e-5;
}
