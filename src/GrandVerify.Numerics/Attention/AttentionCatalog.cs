using System.Diagnostics.CodeAnalysis;

namespace GrandVerify.Numerics.Attention;

/// <summary>
/// The built-in attentions by name: softmax (as printed, <see cref="PaperSoftmax"/>), identity,
/// exp, sigmoid, tanh, relu. Lookup is case-insensitive; an unknown name lists the known ones.
/// </summary>
public static class AttentionCatalog
{
    private static readonly Func<IAttention>[] Factories =
    [
        () => new PaperSoftmax(),
        () => new IdentityAttention(),
        () => new ExpAttention(),
        () => new SigmoidAttention(),
        () => new TanhAttention(),
        () => new ReluAttention(),
    ];

    /// <summary>Known names, in catalogue order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Factories.Select(f => f().Name)];

    /// <summary>The attention called <paramref name="name"/>.</summary>
    public static IAttention Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out var attention)
            ? attention
            : throw new ArgumentException(
                $"unknown attention '{name}'; known: {string.Join(", ", Names)}", nameof(name));
    }

    /// <summary>Try-twin of <see cref="Get"/>.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IAttention? attention)
    {
        var key = name?.Trim();
        attention = Factories.Select(f => f())
            .FirstOrDefault(a => string.Equals(a.Name, key, StringComparison.OrdinalIgnoreCase));
        return attention is not null;
    }
}
