using System.Text.Json;
using GrandVerify.Cli;
using GrandVerify.Cli.Output;
using GrandVerify.Statements;

namespace GrandVerify.Cli.Tests;

/// <summary>The audit end to end: both files, one JSON entry per statement with the schema's
/// verdict names, and a throwing statement reported as not-checked.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private static readonly string[] VerdictNames =
        ["holds", "holds-up-to-convention", "false-as-printed", "not-checked"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"grandverify-audit-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Audit_WritesMarkdownAndJsonForEveryStatement()
    {
        Assert.Equal(ExitCodes.Ok, GrandVerifyApp.Run(["audit", "--out", folder]));
        Assert.Equal(["audit.json", "audit.md"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "audit.json")));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Paper.Statements.Select(s => s.Id), rows.Select(r => r.GetProperty("id").GetString()));
        foreach (var row in rows)
        {
            Assert.Contains(row.GetProperty("verdict").GetString(), VerdictNames);
            Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("detail").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("statement").GetString()));
            Assert.True(row.GetProperty("seconds").GetDouble() >= 0);
        }

        var eq20 = rows.Single(r => r.GetProperty("id").GetString() == "eq20");
        Assert.Equal("false-as-printed", eq20.GetProperty("verdict").GetString());
        var md = File.ReadAllText(Path.Combine(folder, "audit.md"));
        Assert.Contains("## False as printed", md, StringComparison.Ordinal);
        Assert.Contains("| eq19 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowingStatement_IsNotCheckedWithTheMessage()
    {
        var entry = AuditEntry.Decide(new Throwing());
        Assert.True(entry.Threw);
        Assert.Equal(Verdict.NotChecked, entry.Verdict);
        Assert.Contains("deliberate failure", entry.Finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_IsAFile_IsBadInput()
    {
        var file = Path.GetTempFileName();
        try
        {
            Assert.Equal(ExitCodes.BadInput, GrandVerifyApp.Run(["audit", "--out", file]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed class Throwing : Statement
    {
        public override string Id => "test";

        public override string Claim => "a statement whose decision fails";

        protected override Finding Decide() => throw new InvalidOperationException("deliberate failure");
    }
}
