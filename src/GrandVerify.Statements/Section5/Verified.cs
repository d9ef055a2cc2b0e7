namespace GrandVerify.Statements.Section5;

/// <summary>How a sub-check reads inside a finding's detail: "verified" or "FAILED".</summary>
public static class Verified
{
    /// <summary>"verified" when the sub-check passed, else "FAILED".</summary>
    public static string Mark(bool passed) => passed ? "verified" : "FAILED";
}
