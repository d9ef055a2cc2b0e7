namespace GrandVerify.Symbolic.Attentions;

/// <summary>Over which ordered pairs a softmax normalises e^{C_ij}.</summary>
public enum NormalisationScope
{
    /// <summary>All n^2 ordered pairs including i = j (Section 3 as printed).</summary>
    Global,

    /// <summary>The ordered pairs of the edges.</summary>
    Edges,

    /// <summary>Row i over the neighbours of i.</summary>
    Rows,
}
