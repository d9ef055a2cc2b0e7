using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using GrandVerify.Statements;

namespace GrandVerify.Cli.Output;

/// <summary>
/// audit.md (a table: id, claim, verdict, detail, derived forms in LaTeX, seconds; the
/// false-as-printed findings first) and audit.json (an array of {id, statement, verdict,
/// detail, seconds}).
/// </summary>
public static class AuditReport
{
    /// <summary>Forms longer than this go to a section below the table to keep rows readable.</summary>
    private const int InlineFormLength = 240;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>"holds", "holds-up-to-convention", "false-as-printed", "not-checked".</summary>
    public static string VerdictName(Verdict v) => v switch
    {
        Verdict.Holds => "holds",
        Verdict.HoldsUpToConvention => "holds-up-to-convention",
        Verdict.FalseAsPrinted => "false-as-printed",
        _ => "not-checked",
    };

    public static void WriteJson(string path, IReadOnlyList<AuditEntry> entries)
    {
        var rows = entries.Select(e => new JsonRow(
            e.Id, e.Claim, VerdictName(e.Verdict), e.Finding.Detail, Math.Round(e.Seconds, 4)));
        File.WriteAllText(path, JsonSerializer.Serialize(rows, Json) + "\n");
    }

    public static void WriteMarkdown(string path, IReadOnlyList<AuditEntry> entries)
    {
        var md = new StringBuilder();
        md.AppendLine("# Audit of Aceto & Grassi (2024), equation by equation").AppendLine();
        md.AppendLine("Every statement is derived from the Lagrangian (11) on concrete graphs with symbolic entries "
            + "and decided with an exact zero test; a printed formula is only ever the thing compared.").AppendLine();
        Summary(md, entries);
        Table(md, entries, out var long_);
        if (long_.Count > 0)
        {
            md.AppendLine().AppendLine("## Long derived forms").AppendLine();
            foreach (var (anchor, label, latex) in long_)
            {
                md.AppendLine($"<a id=\"{anchor}\"></a>**{anchor}: {label}**").AppendLine();
                md.AppendLine("$$").AppendLine(latex).AppendLine("$$").AppendLine();
            }
        }

        File.WriteAllText(path, md.ToString());
    }

    private static void Summary(StringBuilder md, IReadOnlyList<AuditEntry> entries)
    {
        var counts = string.Join(", ", entries.GroupBy(e => e.Verdict).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {VerdictName(g.Key)}"));
        var total = entries.Sum(e => e.Seconds);
        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"**{entries.Count} statements:** {counts}; total {total:F1} s.")).AppendLine();
        var wrong = entries.Where(e => e.Verdict == Verdict.FalseAsPrinted).ToList();
        md.AppendLine("## False as printed").AppendLine();
        if (wrong.Count == 0)
        {
            md.AppendLine("None.").AppendLine();
        }

        foreach (var e in wrong)
        {
            var corrected = e.Finding.Forms
                .FirstOrDefault(f => f.Label.StartsWith("corrected", StringComparison.Ordinal));
            var fix = corrected is null ? "" : $" Corrected: ${corrected.Latex}$";
            md.AppendLine($"- **{e.Id}**: {Prose(e.Finding.Detail)}{fix}");
        }

        var skipped = entries.Where(e => e.Verdict == Verdict.NotChecked).ToList();
        if (skipped.Count > 0)
        {
            md.AppendLine().AppendLine("## Not checked").AppendLine();
            foreach (var e in skipped)
            {
                md.AppendLine($"- **{e.Id}**: {Prose(e.Finding.Detail)}");
            }
        }

        md.AppendLine();
    }

    private static void Table(
        StringBuilder md, IReadOnlyList<AuditEntry> entries, out List<(string, string, string)> long_)
    {
        long_ = [];
        md.AppendLine("## All statements").AppendLine();
        md.AppendLine("| id | claim | verdict | detail | derived forms | seconds |");
        md.AppendLine("|---|---|---|---|---|---:|");
        foreach (var e in entries)
        {
            var forms = new List<string>();
            var index = 0;
            foreach (var f in e.Finding.Forms)
            {
                index++;
                if (f.Latex.Length <= InlineFormLength)
                {
                    forms.Add($"{f.Label}: ${f.Latex}$");
                    continue;
                }

                var anchor = $"{e.Id}-{index}";
                long_.Add((anchor, f.Label, f.Latex));
                forms.Add($"{f.Label}: [below](#{anchor})");
            }

            var shown = Cell(string.Join("<br>", forms));
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {e.Id} | {Cell(e.Claim)} | {VerdictName(e.Verdict)} | {Cell(e.Finding.Detail)} | {shown} "
                    + $"| {e.Seconds:F2} |"));
        }
    }

    private static string Cell(string text) =>
        Prose(text).Replace("|", @"\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>
    /// The statements' plain-ASCII notation in the symbols a reader of the paper knows:
    /// J (x) R and J(x)R as J ⊗ R, R^ as R̂, eps as ε. JSON keeps the ASCII for scripts.
    /// </summary>
    private static string Prose(string text)
    {
        text = Regex.Replace(text, @"J ?\(x\) ?R", "J⊗R");
        text = Regex.Replace(text, @" \(x\) ", " ⊗ ");
        text = Regex.Replace(text, @"\bR\^(?![{\w])", "R\u0302");
        return Regex.Replace(text, @"\beps\b", "ε");
    }

    private sealed record JsonRow(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("statement")] string Statement,
        [property: JsonPropertyName("verdict")] string Verdict,
        [property: JsonPropertyName("detail")] string Detail,
        [property: JsonPropertyName("seconds")] double Seconds);
}
