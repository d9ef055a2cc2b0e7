namespace GrandVerify.Properties.Tests.Generators;

/// <summary>The families of connected graphs the generators draw from.</summary>
public enum GraphKind
{
    Complete,
    Path,
    Cycle,
    Star,
    ErdosRenyi,
    RandomTree,
}
