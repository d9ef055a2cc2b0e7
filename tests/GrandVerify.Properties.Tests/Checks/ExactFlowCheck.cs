using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Q_R(T) - Q_R(0) of the exact flow of (30), computed with the implicit midpoint rule (order
/// 2, with an h^2 error expansion) on N and 2N steps and extrapolated,
/// Q_ref = (4 Q_{2N} - Q_N)/3. Error bound: |Q_{2N} - Q_N| (three times the asymptotic error
/// of Q_{2N}, which bounds the extrapolated error too) plus the midpoint rounding bound
/// K u 2N rho max_k sigma_k of <see cref="MidpointRoundingBound"/>.
/// </summary>
public static class ExactFlowCheck
{
    /// <summary>Steps of the coarser reference run.</summary>
    public const int ReferenceSteps = 64;

    /// <summary>Runs both references over [0, T].</summary>
    public static ExactFlowOutcome Run(
        DiffusionSystem system, Matrix<double> r, Vector<double> y0, double tEnd)
    {
        var charge = new Charge(r);
        var layout = system.Layout;
        var q0 = charge.Evaluate(layout, y0);
        var (qN, sigmaN) = Reference(system, y0, tEnd, ReferenceSteps, charge);
        var (q2N, sigma2N) = Reference(system, y0, tEnd, 2 * ReferenceSteps, charge);

        // Q_ref = (4 Q_2N - Q_N)/3, error <= |Q_2N - Q_N| + K u 2N rho max sigma
        var reference = ((4.0 * q2N) - qN) / 3.0;
        var rounding = MidpointRoundingBound.Constant(layout.Nodes, layout.Dimension)
            * MidpointRoundingBound.UnitRoundoff * 2 * ReferenceSteps * r.FrobeniusNorm()
            * Math.Max(sigmaN, sigma2N);
        return new ExactFlowOutcome(Math.Abs(reference - q0), Math.Abs(q2N - qN) + rounding);
    }

    private static (double Q, double MaxSigma) Reference(
        DiffusionSystem system, Vector<double> y0, double tEnd, int steps, Charge charge)
    {
        var layout = system.Layout;
        var h = tEnd / steps;
        var method = new ImplicitMidpoint();
        var y = y0;
        var maxSigma = 0.0;
        for (var k = 0; k < steps; k++)
        {
            // sigma_k = (xi + h a eta/2)(eta + h |b| |C| xi/2) at t_k + h/2
            var t = k * h;
            var (xi, eta) = (Norms.X(layout, y), Norms.P(layout, y));
            var c = system.AssembleC(y).InfinityNorm();
            var (a, b) = (system.GrowthFactor(t + (h / 2)), -system.DampingFactor(t + (h / 2)));
            maxSigma = Math.Max(maxSigma,
                (xi + (h * a * eta / 2.0)) * (eta + (h * b * c * xi / 2.0)));
            y = method.Step(system, t, h, y).Y;
        }

        return (charge.Evaluate(layout, y), maxSigma);
    }
}
