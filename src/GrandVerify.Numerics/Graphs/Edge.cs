namespace GrandVerify.Numerics.Graphs;

/// <summary>
/// An undirected edge {U, V} with U &lt; V and a positive finite weight w_uv (1 when unweighted).
/// </summary>
public readonly record struct Edge(int U, int V, double Weight);
