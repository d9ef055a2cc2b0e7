namespace GrandVerify.Statements;

/// <summary>
/// Every statement of the paper that GrandVerify audits, in the paper's order: equations
/// (1)–(41), Theorem 1, Propositions 1–3 and Remark 1.
/// </summary>
public static class Paper
{
    /// <summary>The statements, each in its own file under Section*/ folders.</summary>
    public static IReadOnlyList<Statement> Statements { get; } = [];

    /// <summary>The statement with this id; a clear error for an unknown one.</summary>
    public static Statement Get(string id) =>
        Statements.FirstOrDefault(s => s.Id == id)
        ?? throw new ArgumentException(
            $"no statement '{id}'; known: {string.Join(", ", Statements.Select(s => s.Id))}",
            nameof(id));
}
