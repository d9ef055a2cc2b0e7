using GrandVerify.Numerics.Attention;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>What a property lets the generators draw.</summary>
public sealed record CaseOptions
{
    /// <summary>Every attention of the catalogue.</summary>
    public static IReadOnlyList<string> AllAttentions { get; } = AttentionCatalog.Names;

    /// <summary>The smooth attentions (all but relu, whose g' jumps at 0).</summary>
    public static IReadOnlyList<string> SmoothAttentions { get; } =
        [.. AttentionCatalog.Names.Where(n => n != "relu")];

    /// <summary>Largest n (the size mix puts most cases at n &lt;= 6).</summary>
    public int MaxNodes { get; init; } = 30;

    /// <summary>Largest d.</summary>
    public int MaxDimension { get; init; } = 5;

    /// <summary>Largest requested N.</summary>
    public int MaxSteps { get; init; } = 30;

    /// <summary>Attentions to draw from.</summary>
    public IReadOnlyList<string> Attentions { get; init; } = AllAttentions;

    /// <summary>Kinds of W to draw from.</summary>
    public IReadOnlyList<CouplingKind> Couplings { get; init; } = Enum.GetValues<CouplingKind>();

    /// <summary>Smallest state scale (x and p).</summary>
    public double MinScale { get; init; } = 0.25;
}
