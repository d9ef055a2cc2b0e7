using FsCheck;
using FsCheck.Fluent;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// FsCheck generators of <see cref="ModelCase"/>: n from 2 to <see cref="CaseOptions.MaxNodes"/>
/// (14 : 5 : 1 for n in 2..6, 7..14, 15..max), d from 2 to <see cref="CaseOptions.MaxDimension"/>,
/// every graph family, weighted or not, every kind of W, any allowed attention, state scales in
/// {1/4, 1/2, 1}, h and eps log-uniform in [1e-4, 0.2] and [1e-2, 10], N in 1..MaxSteps.
/// The arbitrary shrinks with <see cref="ModelCase.Shrink"/>.
/// </summary>
public static class ModelCases
{
    /// <summary>The generator.</summary>
    public static Gen<ModelCase> Gen(CaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var maxN = Math.Max(2, options.MaxNodes);
        var nodes = FsCheck.Fluent.Gen.Frequency(
            (14, FsCheck.Fluent.Gen.Choose(2, Math.Min(6, maxN))),
            (5, FsCheck.Fluent.Gen.Choose(Math.Min(7, maxN), Math.Min(14, maxN))),
            (1, FsCheck.Fluent.Gen.Choose(Math.Min(15, maxN), maxN)));
        var graph =
            from kind in FsCheck.Fluent.Gen.Elements(Enum.GetValues<GraphKind>())
            from n in nodes
            from weighted in FsCheck.Fluent.Gen.Elements(false, true)
            from seed in Seeds
            select new GraphSpec(kind, n, weighted, seed);
        var coupling =
            from kind in FsCheck.Fluent.Gen.Elements(options.Couplings.ToArray())
            from d in FsCheck.Fluent.Gen.Choose(2, options.MaxDimension)
            from groups in FsCheck.Fluent.Gen.Choose(1, Math.Max(1, d - 1))
            from seed in Seeds
            select new CouplingSpec(kind, d, groups, seed);
        var scales = new[] { 0.25, 0.5, 1.0 }.Where(s => s >= options.MinScale).ToArray();
        var state =
            from seed in Seeds
            from xs in FsCheck.Fluent.Gen.Elements(scales)
            from ps in FsCheck.Fluent.Gen.Elements(scales)
            from simple in FsCheck.Fluent.Gen.Elements(false, true)
            select new StateSpec(seed, xs, ps, simple);
        var step =
            from h in LogUniform(StepSpec.MinH, StepSpec.MaxH)
            from eps in LogUniform(StepSpec.MinEps, StepSpec.MaxEps)
            from n in FsCheck.Fluent.Gen.Choose(1, options.MaxSteps)
            select new StepSpec(h, eps, n);
        return
            from g in graph
            from w in coupling
            from a in FsCheck.Fluent.Gen.Elements(options.Attentions.ToArray())
            from s in state
            from t in step
            select new ModelCase(g, w, a, s, t);
    }

    /// <summary>The generator with its shrinker.</summary>
    public static Arbitrary<ModelCase> Arbitrary(CaseOptions options) =>
        Arb.From(Gen(options), c => c.Shrink());

    /// <summary>Seeds of the sub-generators.</summary>
    public static Gen<int> Seeds => FsCheck.Fluent.Gen.Choose(0, 1_000_000);

    /// <summary>Log-uniform on [lo, hi] (10^4 grid points).</summary>
    public static Gen<double> LogUniform(double lo, double hi) =>
        FsCheck.Fluent.Gen.Choose(0, 10_000).Select(k => lo * Math.Pow(hi / lo, k / 10_000.0));
}
