using System.Globalization;

namespace GrandVerify.Properties.Tests.Infrastructure;

/// <summary>
/// Case count and seed of every property, from the environment: GRANDVERIFY_CASES (cases per
/// property, default <see cref="DefaultCases"/>) and GRANDVERIFY_SEED (default
/// <see cref="DefaultSeed"/>). The same two variables replay a failure exactly.
/// </summary>
public static class PropertySettings
{
    /// <summary>Environment variable holding the number of cases per property.</summary>
    public const string CasesVariable = "GRANDVERIFY_CASES";

    /// <summary>Environment variable holding the seed.</summary>
    public const string SeedVariable = "GRANDVERIFY_SEED";

    /// <summary>
    /// 25 cases per property: with the size mix of <see cref="Generators.ModelCases"/> the whole
    /// project runs in well under two minutes on two cores.
    /// </summary>
    public const int DefaultCases = 25;

    /// <summary>Fixed default seed, so that a plain `dotnet test` is reproducible.</summary>
    public const ulong DefaultSeed = 20241105;

    /// <summary>Cases per property (at least 1).</summary>
    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None,
            CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultCases;

    /// <summary>The seed of this run.</summary>
    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None,
            CultureInfo.InvariantCulture, out var s)
            ? s
            : DefaultSeed;

    /// <summary>The shell prefix that replays this run.</summary>
    public static string ReplayHint =>
        $"{SeedVariable}={Seed} {CasesVariable}={Cases} dotnet test " +
        "tests/GrandVerify.Properties.Tests";
}
