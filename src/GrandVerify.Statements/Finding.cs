namespace GrandVerify.Statements;

/// <summary>
/// The outcome of deciding a statement: the verdict, a sentence saying what was derived and
/// how it was decided, the derived forms (LaTeX), and for identities a certificate (the
/// explicit combination that proves them).
/// </summary>
public sealed record Finding(Verdict Verdict, string Detail)
{
    public IReadOnlyList<DerivedForm> Forms { get; init; } = [];

    public string? Certificate { get; init; }
}
