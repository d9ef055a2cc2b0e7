using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>The state y_{k+1} after one step and the statistics of that step.</summary>
public sealed record StepResult(Vector<double> Y, StepStatistics Statistics);
