using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// At one x: the invariants B^k = X M_k X^T, the weights G, S = G + G^T, the sensitivities
/// Ubar^k = dU/dB^k of U through G (the distance part excluded), and lambda_ij = |x_i - x_j|^2.
/// </summary>
public sealed record PotentialSensitivities(
    IReadOnlyList<Matrix<double>> Invariants,
    Matrix<double> Weights,
    Matrix<double> Symmetric,
    IReadOnlyList<Matrix<double>> Sensitivity,
    Matrix<double> Distances);
