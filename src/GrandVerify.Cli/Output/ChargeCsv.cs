using System.Globalization;
using System.Text;

namespace GrandVerify.Cli.Output;

/// <summary>
/// Charge histories as CSV: header <c>t,Q1,Q2,…</c>, one row per grid point, every value in
/// round-trip ("R") format so that reading the file back gives the same doubles.
/// </summary>
public static class ChargeCsv
{
    public static void Write(string path, IReadOnlyList<double> times, IReadOnlyList<Series> series)
    {
        var text = new StringBuilder();
        text.Append('t');
        foreach (var s in series)
        {
            text.Append(',').Append(s.Label);
        }

        text.Append('\n');
        for (var k = 0; k < times.Count; k++)
        {
            text.Append(Format(times[k]));
            foreach (var s in series)
            {
                text.Append(',').Append(Format(s.Values[k]));
            }

            text.Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
