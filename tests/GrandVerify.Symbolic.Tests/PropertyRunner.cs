using FsCheck;
using Microsoft.FSharp.Core;

namespace GrandVerify.Symbolic.Tests;

/// <summary>
/// Runs FsCheck properties seeded and reproducibly: the case count comes from
/// GRANDVERIFY_CASES (default 100), the seed from GRANDVERIFY_SEED (default fixed), and a
/// failure message carries the seed to replay it.
/// </summary>
public static class PropertyRunner
{
    public const int DefaultCases = 100;

    public const ulong DefaultSeed = 20240521;

    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("GRANDVERIFY_CASES"), out var n) && n > 0
            ? n : DefaultCases;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("GRANDVERIFY_SEED"), out var s) ? s : DefaultSeed;

    /// <summary>Negative control: the property must be falsified on a broken model.</summary>
    public static void MustFail(string name, Property property, int? cases = null)
    {
        var failed = false;
        try
        {
            Check(name, property, cases);
        }
        catch (Xunit.Sdk.XunitException)
        {
            failed = true;
        }

        Assert.True(failed, $"{name}: the negative control was not detected (seed {Seed}).");
    }

    public static void Check(string name, Property property, int? cases = null)
    {
        var seed = Seed;
        var replay = new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None);
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases ?? Cases)
            .WithQuietOnSuccess(true)
            .WithName(name)
            .WithReplay(FSharpOption<Replay>.Some(replay));
        try
        {
            FsCheck.Check.One(config, property);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException(
                $"{name} failed; replay with GRANDVERIFY_SEED={seed}.\n{e.Message}");
        }
    }
}
