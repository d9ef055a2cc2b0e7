using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Runs N steps of a method and compares |Q_R(y_k) - Q_R(y_0)| with the rounding bound of
/// <see cref="MidpointRoundingBound"/> at every k. When the stored W and R commute only to
/// rounding, a data term sum_k 4 h |b| X_k^2 kappa_k Delta is added, Delta a bound of the true
/// |[W, R]|_F (<see cref="Norms.CommutatorBound"/>), kappa the row sum of (19)'s W
/// coefficients: the drift the exact map itself has, (h|b|/2)|[C, R^]| |x|^2 per pass, twice for
/// the two passes and twice for the intermediate states.
/// </summary>
public static class ConservationCheck
{
    /// <summary>Runs the check; <paramref name="dataCommutator"/> is 0 for exact pairs.</summary>
    public static ConservationOutcome Run(
        DiffusionSystem system, IIntegrator method, Matrix<double> r, Vector<double> y0,
        double h, int steps, double dataCommutator = 0.0)
    {
        var layout = system.Layout;
        var (n, d) = (layout.Nodes, layout.Dimension);
        var u = MidpointRoundingBound.UnitRoundoff;
        var charge = new Charge(r);
        var rho = r.FrobeniusNorm();
        var (kStep, kQ) = (MidpointRoundingBound.StepConstant(n, d),
            MidpointRoundingBound.ChargeConstant(n, d));
        var midpointStage = method is ImplicitMidpoint;

        var y = y0.Clone();
        var q0 = charge.Evaluate(layout, y);
        var end0 = Norms.X(layout, y) * Norms.P(layout, y);
        var (sumSigma, maxSigma, data, nodeScale) = (0.0, 0.0, 0.0, Norms.NodeScale(layout, y));
        var (worst, worstDeviation, worstBound, maxDeviation) = (0.0, 0.0, 0.0, 0.0);
        for (var k = 0; k < steps; k++)
        {
            var t = k * h;
            var next = method.Step(system, t, h, y).Y;

            // stage: a, b at t_k (or t_k + h/2), C at x_k (or over x_k, x_{k+1}, midpoint)
            var ts = midpointStage ? t + (h / 2.0) : t;
            var xs = new List<Vector<double>> { layout.Positions(y) };
            if (midpointStage)
            {
                xs.Add(layout.Positions(next));
                xs.Add((layout.Positions(y) + layout.Positions(next)) * 0.5);
            }

            var cs = xs.Select(x => system.Force.Assemble(x)).ToArray();
            var c = cs.Max(m => m.InfinityNorm());
            var theta = h * h * c / (4.0 * system.Eps);
            var precondition = CheckStage(cs, theta, h, system.Eps, k);
            if (precondition is not null)
            {
                return new ConservationOutcome(0, 0, double.PositiveInfinity, 0, 0, precondition);
            }

            // sigma_k = (xi + alpha eta)(eta + beta xi), alpha = h a/2, beta = h|b| c/2
            var (a, b) = (system.GrowthFactor(ts), Math.Abs(system.DampingFactor(ts)));
            var (xi, eta) = (Norms.X(layout, y), Norms.P(layout, y));
            var bigX = xi + (h * a / 2.0 * eta);
            var sigma = bigX * (eta + (h * b * c / 2.0 * xi));
            sumSigma += sigma;
            maxSigma = Math.Max(maxSigma, sigma);
            if (dataCommutator > 0.0)
            {
                var kappa = Math.Max(
                    Norms.WeightCoefficientRowSum(system.Force, layout.Positions(y)),
                    Norms.WeightCoefficientRowSum(system.Force, layout.Positions(next)));
                data += 4.0 * h * b * bigX * bigX * kappa * dataCommutator;
            }

            // |Q_{k+1} - Q_0| <= u rho (K_step sum sigma + K_Q (|x_0||p_0| + |x||p|)) + data
            y = next;
            var deviation = Math.Abs(charge.Evaluate(layout, y) - q0);
            var ends = end0 + (Norms.X(layout, y) * Norms.P(layout, y));
            var bound = (u * rho * ((kStep * sumSigma) + (kQ * ends))) + data;
            nodeScale = Math.Max(nodeScale, Norms.NodeScale(layout, y));
            maxDeviation = Math.Max(maxDeviation, deviation);
            var ratio = deviation / bound;
            if (ratio > worst || k == 0)
            {
                (worst, worstDeviation, worstBound) = (ratio, deviation, bound);
            }
        }

        // the form K u N scale, and the library's verdict on the same history
        var form = (MidpointRoundingBound.Constant(n, d) * u * steps * rho * maxSigma) + data;
        var library = ConservationVerdictBound(n, d, steps, nodeScale * r.L2Norm());
        return new ConservationOutcome(worstDeviation, worstBound, worst,
            maxDeviation / form, maxDeviation / library, null);
    }

    /// <summary>K u N scale of the library verdict, K = 10 n d + 4 d + 8.</summary>
    public static double ConservationVerdictBound(int n, int d, int steps, double scale) =>
        GrandVerify.Numerics.Experiments.ConservationVerdict.Constant(n, d)
        * GrandVerify.Numerics.Experiments.ConservationVerdict.UnitRoundoff
        * Math.Max(steps, 1) * scale;

    private static string? CheckStage(
        Matrix<double>[] cs, double theta, double h, double eps, int k)
    {
        if (theta > MidpointRoundingBound.MaxTheta)
        {
            return ($"step {k}: theta = h^2|C|/(4 eps) = {theta:G3} > 1/4, " +
                "the step does not resolve the motion");
        }

        // || |L||U| ||_inf of S = I + h^2/(4 eps) C at the stage point
        var s = cs[^1] * (h * h / (4.0 * eps));
        for (var i = 0; i < s.RowCount; i++)
        {
            s[i, i] += 1.0;
        }

        var growth = Norms.LuGrowth(s);
        return growth > MidpointRoundingBound.MaxLuGrowth
            ? ($"step {k}: || |L||U| ||_inf = {growth:G3} > 2")
            : null;
    }
}
