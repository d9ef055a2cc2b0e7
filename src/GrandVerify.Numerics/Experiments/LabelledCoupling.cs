using GrandVerify.Numerics.Model;

namespace GrandVerify.Numerics.Experiments;

/// <summary>A coupling W with the name it carries in a preset (e.g. "W1").</summary>
public sealed record LabelledCoupling(string Label, Coupling W);
