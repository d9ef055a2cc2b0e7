namespace GrandVerify.Numerics.Potentials;

/// <summary>Over which ordered pairs a softmax normalises e^{C_ij}.</summary>
public enum SoftmaxScope
{
    /// <summary>All n^2 ordered pairs including i = j, as printed in Section 3.</summary>
    Global,

    /// <summary>The ordered pairs of the edges only.</summary>
    Edges,

    /// <summary>For each node i, its neighbours j (row by row, as GRAND does).</summary>
    Rows,
}
