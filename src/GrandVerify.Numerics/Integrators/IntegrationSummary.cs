using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// Outcome of a run over a grid: the final state, and over all steps the total iterations,
/// the largest residual and the largest condition estimate.
/// </summary>
public sealed record IntegrationSummary(
    Vector<double> Final,
    int Steps,
    int TotalIterations,
    double MaxResidual,
    double MaxCondition);
