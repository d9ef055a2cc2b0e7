using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Invariants;

/// <summary>
/// The Hamiltonian (21) in canonical coordinates: H(t, y) = 1/2 e^{t/eps} sum_i |p_i|^2
/// - e^{-t/eps}/(2 eps) U(x), U = sum_{i,j} G_ij |x_i - x_j|^2. Not conserved (it depends on t).
/// </summary>
public static class Hamiltonian
{
    /// <summary>H(t, y) for the system's force model and eps.</summary>
    public static double Evaluate(DiffusionSystem system, double t, Vector<double> y)
    {
        ArgumentNullException.ThrowIfNull(system);
        system.Layout.CheckState(y, nameof(y));
        var p = system.Layout.Momenta(y);
        var u = system.Force.Potential(system.Layout.Positions(y));

        // H = 1/2 a |p|^2 + b/2 U with a = e^{t/eps}, b = -e^{-t/eps}/eps   (21)
        var (a, b) = (system.GrowthFactor(t), system.DampingFactor(t));
        return (0.5 * a * p.DotProduct(p)) + (0.5 * b * u);
    }
}
