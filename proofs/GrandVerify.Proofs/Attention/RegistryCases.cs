using GrandVerify.Statements.Attentions;

namespace GrandVerify.Proofs.Attention;

/// <summary>
/// The attentions every registry proof runs over: all built-in entries and two user
/// expressions in c (so the parse-differentiate-compile path is proved too).
/// </summary>
public static class RegistryCases
{
    /// <summary>User-defined g(c) exercised alongside the registry.</summary>
    public static IReadOnlyList<string> Expressions { get; } = ["c^2/(1+c^2)", "exp(c/2) - c"];

    /// <summary>Registry names and the expressions.</summary>
    public static TheoryData<string> All => [.. AttentionRegistry.Names.Concat(Expressions)];

    /// <summary>The entry for a case.</summary>
    public static AttentionEntry Entry(string name) => AttentionRegistry.Resolve(name);
}
