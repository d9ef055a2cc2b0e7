namespace GrandVerify.Symbolic.Blocks;

/// <summary>
/// An overlap u l_1 = l_2 v of two rule sides (or a rule side inside another) and the normal
/// forms reached by rewriting first with one rule and first with the other. By Bergman's
/// diamond lemma the rewriting system is confluent iff every critical pair is resolved.
/// </summary>
public sealed record CriticalPair(
    BlockWord Overlap,
    RewriteRule First,
    RewriteRule Second,
    BlockElement ViaFirst,
    BlockElement ViaSecond)
{
    /// <summary>Both rewritings reach the same normal form.</summary>
    public bool IsResolved => ViaFirst == ViaSecond;
}
