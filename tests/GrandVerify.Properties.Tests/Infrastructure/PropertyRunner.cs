using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace GrandVerify.Properties.Tests.Infrastructure;

/// <summary>
/// Runs a property over <see cref="PropertySettings.Cases"/> cases from the seed of
/// <see cref="PropertySettings.Seed"/>, and runs negative controls: the same check on a broken
/// model, which must report failure on every sampled case.
/// </summary>
public static class PropertyRunner
{
    /// <summary>Gamma of FsCheck's splittable generator; fixed so a seed replays a run.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Size passed to generators when sampling negative-control cases.</summary>
    public const int SampleSize = 50;

    /// <summary>
    /// Checks <paramref name="body"/> on generated cases; throws an xunit failure with the seed,
    /// the shrunk case and the replay command when a case violates it.
    /// </summary>
    public static void Check<T>(
        string name, Arbitrary<T> cases, Action<T> body, ITestOutputHelper? output = null,
        WorstCase? worst = null, int? count = null)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(count ?? PropertySettings.Cases)
            .WithQuietOnSuccess(true)
            .WithName(name)
            .WithReplay(PropertySettings.Seed, Gamma);
        var property = Prop.ForAll(cases, (T c) =>
        {
            body(c);
            return true;
        });
        try
        {
            FsCheck.Check.One(config, property);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException(
                $"{name} failed (seed {PropertySettings.Seed}). Replay: " +
                $"{PropertySettings.ReplayHint}\n{e.Message}");
        }

        if (worst is not null)
        {
            output?.WriteLine(worst.Summary());
        }
    }

    /// <summary>
    /// Negative control: samples <paramref name="count"/> cases from the seed and asserts that
    /// <paramref name="reportsFailure"/> is true for each, i.e. the check catches the broken
    /// model every time. Returns the number of cases checked.
    /// </summary>
    public static int MustCatch<T>(
        string name, Gen<T> cases, Func<T, bool> reportsFailure, ITestOutputHelper? output = null,
        int? count = null)
    {
        var n = count ?? Math.Max(5, PropertySettings.Cases / 2);
        var sample = cases.Sample(n, new Rnd(PropertySettings.Seed, Gamma), SampleSize);
        for (var k = 0; k < sample.Length; k++)
        {
            if (!reportsFailure(sample[k]))
            {
                throw new Xunit.Sdk.XunitException(
                    $"{name}: the broken model passed the check on sample {k} " +
                    $"(seed {PropertySettings.Seed}); the check cannot tell it apart. " +
                    $"Case: {sample[k]}. Replay: {PropertySettings.ReplayHint}");
            }
        }

        output?.WriteLine($"{name}: caught on all {sample.Length} sampled cases");
        return sample.Length;
    }
}
