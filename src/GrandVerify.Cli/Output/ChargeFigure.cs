using ScottPlot;
using SkiaSharp;

namespace GrandVerify.Cli.Output;

/// <summary>
/// Side-by-side charge plots in the layout of the paper's Fig. 1 and Fig. 2: one panel per
/// method, one labelled curve per charge, saved as PNG and as SVG.
/// </summary>
public static class ChargeFigure
{
    private const int Width = 1400;
    private const int Height = 520;

    private static readonly LinePattern[] Patterns =
        [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    /// <summary>One panel: its title and the charges it plots.</summary>
    public sealed record Panel(string Title, IReadOnlyList<Series> Charges);

    public static void Save(
        string pngPath, string svgPath, IReadOnlyList<double> times, IReadOnlyList<Panel> panels)
    {
        var figure = Build(times, panels);
        figure.SavePng(pngPath, Width, Height);

        // Multiplot has no SVG writer of its own: render it onto Skia's SVG canvas.
        using var stream = File.Create(svgPath);
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
        {
            figure.Render(canvas, new PixelRect(0, Width, Height, 0));
        }
    }

    private static Multiplot Build(IReadOnlyList<double> times, IReadOnlyList<Panel> panels)
    {
        var figure = new Multiplot();
        figure.AddPlots(panels.Count);
        figure.Layout = new ScottPlot.MultiplotLayouts.Columns();

        var t = times.ToArray();
        for (var i = 0; i < panels.Count; i++)
        {
            var plot = figure.GetPlot(i);
            var charges = panels[i].Charges;
            for (var c = 0; c < charges.Count; c++)
            {
                var line = plot.Add.Scatter(t, charges[c].Values.ToArray());
                line.LegendText = charges[c].Label;
                line.MarkerSize = 0;

                // Charges often coincide by symmetry: later curves are thinner and patterned,
                // so a curve drawn over another one still shows both.
                line.LineWidth = Math.Max(1.5f, 5f - (0.7f * c));
                line.LinePattern = Patterns[c % Patterns.Length];
            }

            plot.Title(panels[i].Title);
            plot.XLabel("t");
            plot.YLabel("charge Q(t)");
            plot.ShowLegend(Edge.Right);
        }

        // One y-range for all panels, so that a flat curve reads as flat next to a drifting one
        // instead of being stretched until its rounding noise fills the panel.
        var (low, high) = SharedRange(panels);
        foreach (var plot in figure.GetPlots())
        {
            plot.Axes.SetLimitsY(low, high);
        }

        return figure;
    }

    private static (double Low, double High) SharedRange(IReadOnlyList<Panel> panels)
    {
        var values = panels.SelectMany(p => p.Charges).SelectMany(c => c.Values)
            .Where(double.IsFinite).DefaultIfEmpty(0.0).ToArray();
        var low = values.Min();
        var high = values.Max();

        // A spread below 1e-9 of the magnitude is rounding noise around a constant:
        // show a band of the magnitude's width instead of magnifying the noise.
        var magnitude = Math.Max(1.0, Math.Max(Math.Abs(low), Math.Abs(high)));
        var margin = high - low < 1e-9 * magnitude ? magnitude : 0.08 * (high - low);
        return (low - margin, high + margin);
    }
}
