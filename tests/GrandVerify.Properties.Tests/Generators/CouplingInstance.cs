using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// A drawn W with a skew R in its commutant (null when the commutant is {0}), whether
/// [W, R] = 0 holds exactly in floating point, and a skew R that does not commute with W (null
/// when W is a multiple of I).
/// </summary>
public sealed record CouplingInstance(
    Coupling W, Matrix<double>? Commuting, bool ExactlyCommuting, Matrix<double>? NonCommuting);
