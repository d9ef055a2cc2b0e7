namespace GrandVerify.Statements;

/// <summary>What a derivation found about one printed statement of the paper.</summary>
public enum Verdict
{
    /// <summary>The printed statement agrees with the derivation.</summary>
    Holds,

    /// <summary>It agrees once a stated convention (a sign, a factor, a name) is fixed.</summary>
    HoldsUpToConvention,

    /// <summary>As printed it disagrees with the derivation; the finding gives the corrected form.</summary>
    FalseAsPrinted,

    /// <summary>Not decided; the finding says why.</summary>
    NotChecked,
}
