using GrandVerify.Numerics.Graphs;

namespace GrandVerify.Numerics.Potentials;

/// <summary>The ordered pairs (i, j), i != j, with w_ij != 0, and their weights.</summary>
internal static class PotentialPairs
{
    /// <summary>Both orientations of every edge.</summary>
    public static IEnumerable<(int I, int J, double W)> Edges(Graph graph)
    {
        foreach (var e in graph.Edges)
        {
            if (e.U == e.V || e.Weight == 0.0)
            {
                continue;
            }

            yield return (e.U, e.V, e.Weight);
            yield return (e.V, e.U, e.Weight);
        }
    }
}
