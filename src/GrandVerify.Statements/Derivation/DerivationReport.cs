using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Model;

namespace GrandVerify.Statements.Derivation;

/// <summary>
/// The derived objects of one concrete model, as titled lists of LaTeX equations: the equations
/// of motion (17) solved from (11), the canonical flow (30), the nonzero entries of C(y) of
/// (19), the Hamiltonian (21) in (x, p), and the charge (31) with its rate certificate.
/// </summary>
public static class DerivationReport
{
    /// <summary>Largest n and d shown: beyond them the expressions stop being readable.</summary>
    public const int MaxNodes = 4;

    /// <summary>Largest d shown.</summary>
    public const int MaxDimension = 4;

    /// <summary>Largest n d for an elementwise g (about 0.2 MB of LaTeX at the limit).</summary>
    public const int MaxSize = 8;

    /// <summary>Largest n d for the softmax, whose normaliser multiplies the size of every term.</summary>
    public const int MaxSoftmaxSize = 4;

    /// <summary>Why the model is too large to print readably, or null when it is not.</summary>
    public static string? TooLarge(int nodes, int dimension, string attention)
    {
        var limit = attention == "softmax" ? MaxSoftmaxSize : MaxSize;
        if (nodes > MaxNodes || dimension > MaxDimension || nodes * dimension > limit)
        {
            return $"n = {nodes}, d = {dimension} is too large to be readable with {attention}; use n <= {MaxNodes}, "
                + $"d <= {MaxDimension} and n d <= {limit}.";
        }

        return null;
    }

    /// <summary>One titled group of equations.</summary>
    public sealed record Section(string Title, IReadOnlyList<string> Equations);

    /// <summary>The sections for this model; validates the size.</summary>
    public static IReadOnlyList<Section> Build(int nodes, int dimension, GraphShape graph, string attention)
    {
        if (nodes is < 2 or > MaxNodes)
        {
            throw new ArgumentOutOfRangeException(nameof(nodes), nodes, $"n must be in 2..{MaxNodes}.");
        }

        if (dimension is < 1 or > MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"d must be in 1..{MaxDimension}.");
        }

        if (TooLarge(nodes, dimension, attention) is { } reason)
        {
            throw new ArgumentOutOfRangeException(nameof(nodes), reason);
        }

        var g = Symbolic.Model.Attention.Named(attention);
        var m = new GndModel(nodes, dimension, graph, g, symbolicWeights: false);
        return [Motion(m), Canonical(m), Force(m), Hamiltonian(m), Charge(m), Abbreviations];
    }

    private static Section Motion(GndModel m) => new(
        "Equations of motion (17), from the Euler-Lagrange equations of (11)",
        [.. Components(m).SelectMany(c => new[]
        {
            $@"\dot{{x}}_{{{c.I + 1}}}^{{{c.A + 1}}} = P_{{{c.I + 1}}}^{{{c.A + 1}}}",
            $@"\dot{{P}}_{{{c.I + 1}}}^{{{c.A + 1}}} = " + ModelLatex.Print(m, m.AccelerationFlow[c.I, c.A]),
        })]);

    private static Section Canonical(GndModel m) => new(
        "Hamilton's equations in (x, p), the system (30)",
        [.. Components(m).SelectMany(c => new[]
        {
            $@"\dot{{x}}_{{{c.I + 1}}}^{{{c.A + 1}}} = " + ModelLatex.Print(m, m.PositionFlow[c.I, c.A]),
            $@"\dot{{p}}_{{{c.I + 1}}}^{{{c.A + 1}}} = " + ModelLatex.Print(m, m.MomentumFlow[c.I, c.A]),
        })]);

    private static Section Force(GndModel m)
    {
        // nonzero entries of C on and above the diagonal (C is symmetric)
        var c = m.ForceMatrix;
        var lines = new List<string>();
        for (var row = 0; row < c.Rows; row++)
        {
            for (var col = row; col < c.Cols; col++)
            {
                if (!c[row, col].IsZero)
                {
                    lines.Add($@"C_{{({row / m.D + 1},{row % m.D + 1}),({col / m.D + 1},{col % m.D + 1})}} = "
                        + ModelLatex.Print(m, c[row, col]));
                }
            }
        }

        return new Section(
            @"C(y) of (19), nonzero entries $C_{(r,a),(s,b)}$ with $(r,a) \le (s,b)$", lines);
    }

    /// <summary>What the abbreviated symbols in the other sections stand for.</summary>
    private static Section Abbreviations => new("Abbreviations", [ModelLatex.Legend]);

    private static Section Hamiltonian(GndModel m) => new(
        "Hamiltonian (21) in canonical variables",
        ["H = " + ModelLatex.Print(m, m.Hamiltonian)]);

    private static Section Charge(GndModel m)
    {
        var r = Rotations.Generic(m.D);
        var q = m.Charge(r);
        var rate = m.DriftCertificate(Rotations.Commutator(m.W, r));
        return new Section(
            "Charge (31) for the generic skew R, and its rate along the flow (zero when [W, R] = O)",
            [
                "Q = " + ModelLatex.Print(m, q),
                @"\frac{dQ}{dt} = " + ModelLatex.Print(m, rate),
            ]);
    }

    private static IEnumerable<(int I, int A)> Components(GndModel m) =>
        from i in Enumerable.Range(0, m.N) from a in Enumerable.Range(0, m.D) select (i, a);
}
