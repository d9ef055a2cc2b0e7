using System.Globalization;
using GrandVerify.Cli;

namespace GrandVerify.Cli.Tests;

/// <summary>The main job end to end: files, their format, exit codes, nothing left on failure.</summary>
public sealed class ReproduceCommandTests : IDisposable
{
    private readonly string folder =
        Path.Combine(Path.GetTempPath(), $"grandverify-reproduce-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Defaults_WriteFourCsvsAndTwoFiguresInBothFormats()
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run(["reproduce", "--out", folder]));

        string[] expected =
        [
            "W1-forward-euler.csv", "W1-modified-midpoint.csv",
            "W2-forward-euler.csv", "W2-modified-midpoint.csv",
            "W1-charges.png", "W1-charges.svg", "W2-charges.png", "W2-charges.svg",
        ];
        Assert.Equal(expected.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(folder)!,
            $".{Path.GetFileName(folder)}.staging-*"));
    }

    [Fact]
    public void Csv_HasHeaderAndOneRoundTripRowPerGridPoint()
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run(["reproduce", "--out", folder, "--h", "0.05"]));

        var lines = File.ReadAllLines(Path.Combine(folder, "W2-forward-euler.csv"));
        Assert.Equal("t,Q1,Q2,Q3,Q4,Q5,Q6", lines[0]);
        Assert.Equal(1 + 21, lines.Length);
        var last = lines[^1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture));
        Assert.Equal(1.0, last.First(), 12);
        Assert.All(last, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Figures_ArePngAndSvg()
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run(["reproduce", "--out", folder]));

        byte[] pngSignature = [0x89, 0x50, 0x4E, 0x47];
        Assert.Equal(pngSignature, File.ReadAllBytes(Path.Combine(folder, "W1-charges.png"))[..4]);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "W2-charges.svg")));
    }

    [Theory]
    [InlineData("--eps", "-1")]
    [InlineData("--eps", "0")]
    [InlineData("--h", "0")]
    [InlineData("--h", "0.03")]
    [InlineData("--T", "-2")]
    [InlineData("--eps", "abc")]
    public void BadOption_IsBadInputAndWritesNothing(string option, string value)
    {
        Assert.Equal(ExitCodes.BadInput, GrandVerifyApp.Run(["reproduce", "--out", folder, option, value]));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Help_PrintsAndSucceeds()
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run(["reproduce", "--help"]));
    }

    [Theory]
    [InlineData("--ep", "0.01")]
    [InlineData("--bogus", "1")]
    public void UnknownOption_IsBadInputNotAnIgnoredDefault(string option, string value)
    {
        Assert.Equal(ExitCodes.BadInput, GrandVerifyApp.Run(["reproduce", "--out", folder, option, value]));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void FolderInTheWayOfAnOutputFile_IsBadInputAndTouchesNothing()
    {
        Directory.CreateDirectory(Path.Combine(folder, "W2-charges.svg"));

        Assert.Equal(ExitCodes.BadInput, GrandVerifyApp.Run(["reproduce", "--out", folder]));
        Assert.Equal(["W2-charges.svg"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(folder)!,
            $".{Path.GetFileName(folder)}.staging-*"));
    }

    [Fact]
    public void Overflow_IsNumericalFailureAndWritesNothing()
    {
        // t/eps reaches 1/1e-3 = 1000 > 709, where e^{t/eps} overflows a double.
        Assert.Equal(ExitCodes.NumericalFailure,
            GrandVerifyApp.Run(["reproduce", "--out", folder, "--eps", "1e-3", "--h", "0.01"]));
        Assert.False(Directory.Exists(folder));
    }
}
