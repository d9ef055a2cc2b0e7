namespace GrandVerify.Cli.Output;

/// <summary>A labelled sequence of values sampled on a shared time grid.</summary>
public sealed record Series(string Label, IReadOnlyList<double> Values);
