using System.Diagnostics.CodeAnalysis;
using GrandVerify.Numerics.Attention;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// The built-in attention potentials by name: softmax-exact, edge-softmax, row-softmax,
/// cosine, exp-kernel and the elementwise identity, exp, sigmoid, tanh, relu. Lookup is
/// case-insensitive; an unknown name lists the known ones.
/// </summary>
public static class PotentialCatalog
{
    private static readonly (string Name, Func<AttentionParameters, IAttentionPotential> Create)[]
        Factories =
        [
            ("softmax-exact", p => new SoftmaxPotential(SoftmaxScope.Global, p.Coupling)),
            ("edge-softmax", p => new SoftmaxPotential(SoftmaxScope.Edges, p.Coupling)),
            ("row-softmax", p => new SoftmaxPotential(SoftmaxScope.Rows, p.Coupling)),
            ("cosine", p => new CosinePotential(p)),
            ("exp-kernel", p => new ExpKernelPotential(p)),
            ("identity", p => new ElementwisePotential(new IdentityAttention(), p.Coupling)),
            ("exp", p => new ElementwisePotential(new ExpAttention(), p.Coupling)),
            ("sigmoid", p => new ElementwisePotential(new SigmoidAttention(), p.Coupling)),
            ("tanh", p => new ElementwisePotential(new TanhAttention(), p.Coupling)),
            ("relu", p => new ElementwisePotential(new ReluAttention(), p.Coupling)),
        ];

    /// <summary>Known names, in catalogue order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Factories.Select(f => f.Name)];

    /// <summary>The potential called <paramref name="name"/> with the given parameters.</summary>
    public static IAttentionPotential Get(string name, AttentionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, parameters, out var potential)
            ? potential
            : throw new ArgumentException(
                $"unknown attention '{name}'; known: {string.Join(", ", Names)}", nameof(name));
    }

    /// <summary>Try-twin of <see cref="Get"/>.</summary>
    public static bool TryGet(
        string name,
        AttentionParameters parameters,
        [NotNullWhen(true)] out IAttentionPotential? potential)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var key = name?.Trim();
        var match = Factories.FirstOrDefault(
            f => string.Equals(f.Name, key, StringComparison.OrdinalIgnoreCase));
        potential = match.Create?.Invoke(parameters);
        return potential is not null;
    }
}
