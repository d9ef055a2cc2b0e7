namespace GrandVerify.Statements;

/// <summary>A derived formula shown next to a verdict: a short label and its LaTeX.</summary>
public sealed record DerivedForm(string Label, string Latex);
