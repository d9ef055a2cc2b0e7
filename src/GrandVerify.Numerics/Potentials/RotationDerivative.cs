using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Potentials;

/// <summary>
/// d/ds U(e^{sR} x) at s = 0 = sum_k sum_{a,b} Ubar^k_ab x_a^T [M_k, R] x_b (the distance part
/// is invariant under every rotation). Along the exact-gradient flow (30),
/// dQ_R/dt = -(b/2) d/ds U(e^{sR} x) = e^{-t/eps}/(2 eps) d/ds U(e^{sR} x)  (Theorem 1).
/// </summary>
public static class RotationDerivative
{
    /// <summary>sum_k &lt;Ubar^k, X [M_k, R] X^T&gt; at x.</summary>
    public static double Evaluate(GradientForceModel model, Vector<double> x, Matrix<double> r)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(r);
        var sens = model.Sensitivities(x);
        var (n, d) = (model.NodeCount, model.Dimension);
        var positions = Matrix<double>.Build.Dense(n, d, (i, a) => x[(i * d) + a]);
        var total = 0.0;
        for (var k = 0; k < model.AttentionPotential.Invariants.Count; k++)
        {
            // <Ubar^k, X [M_k, R] X^T>
            var m = model.AttentionPotential.Invariants[k];
            var bracket = (m * r) - (r * m);
            var form = positions * bracket.TransposeAndMultiply(positions);
            total += sens.Sensitivity[k].PointwiseMultiply(form).Enumerate().Sum();
        }

        return total;
    }
}
