using System.Collections.Concurrent;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Derivation;

/// <summary>
/// The symbolic models the statements are decided on, built once and shared (a model caches
/// every derived object). The standard family is K2, K3 and P3 with d = 2, 3, 4, an opaque g
/// (so the identity holds for every smooth elementwise g), symbolic weights w_ij and a
/// symbolic symmetric W.
/// </summary>
public static class ModelCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<GndModel>> Models = new();

    /// <summary>The model for these options (cached).</summary>
    public static GndModel Get(
        int n, int d, GraphShape graph, string attention = "g",
        bool symbolicWeights = true, bool symmetricW = true)
    {
        var key = $"{graph}{n}/{d}/{attention}/{symbolicWeights}/{symmetricW}";
        return Models.GetOrAdd(key, _ => new Lazy<GndModel>(() =>
            new GndModel(n, d, graph, Symbolic.Model.Attention.Named(attention), symbolicWeights, symmetricW))).Value;
    }

    /// <summary>K2, K3, P3 for d = 2, 3, 4 with the opaque g.</summary>
    public static IReadOnlyList<GndModel> Standard =>
        [.. Dimensions.SelectMany(d => Graphs.Select(g => Get(g.N, d, g.Shape)))];

    /// <summary>The elementwise built-in activations on K3, d = 2 (exp, tanh, sigmoid).</summary>
    public static IReadOnlyList<GndModel> Elementwise =>
        [.. new[] { "exp", "tanh", "sigmoid" }.Select(a => Get(3, 2, GraphShape.Complete, a))];

    /// <summary>The paper's softmax on K3, d = 2 (the normaliser couples every pair).</summary>
    public static GndModel Softmax => Get(3, 2, GraphShape.Complete, "softmax");

    /// <summary>The small model whose derived forms are printed: K2, d = 2, opaque g.</summary>
    public static GndModel Shown => Get(2, 2, GraphShape.Complete);

    /// <summary>"K2, K3, P3 with d = 2, 3, 4" for details.</summary>
    public const string StandardLabel = "K2, K3 and P3 with d = 2, 3, 4 (opaque g, symbolic w_ij, W)";

    private static readonly int[] Dimensions = [2, 3, 4];

    private static readonly (int N, GraphShape Shape)[] Graphs =
        [(2, GraphShape.Complete), (3, GraphShape.Complete), (3, GraphShape.Path)];
}
