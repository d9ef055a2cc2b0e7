using FsCheck.Fluent;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Properties.Tests.Checks;
using GrandVerify.Properties.Tests.Generators;
using GrandVerify.Properties.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GrandVerify.Properties.Tests.Properties;

/// <summary>
/// Orders on smooth runs of the nonlinear, time-dependent system (30): forward Euler 1, the
/// modified midpoint 1 (E frozen at t_k), the implicit midpoint 2, each within 0.2. The run is
/// [0, T] with T = min(1, eps, 1/|C(x0)|_inf, 1/(e |p0|_inf)): x moves by about its own size,
/// so the run is genuinely nonlinear, while N &gt;= 16 steps keep h/eps &lt;= 1/16 (the
/// asymptotic range of the e^{t/eps} growth) and theta = h^2 |C|/(4 eps) &lt;= 1/1024.
/// Control: the modified midpoint claimed as order 2.
/// </summary>
public sealed class ConvergenceProperties(ITestOutputHelper output)
{
    /// <summary>T |C(x0)|_inf and T e |p0|_inf: motion of the order of x itself.</summary>
    public const double Motion = 1.0;

    private static readonly CaseOptions Smooth = new()
    {
        Attentions = CaseOptions.SmoothAttentions,
        MaxNodes = 6,
        MaxDimension = 4,
        MinScale = 0.5,
    };

    [Fact]
    public void Integrators_ConvergeWithTheirOrder()
    {
        var worst = new WorstCase("orders (|slope - order| / 0.2)");
        PropertyRunner.Check("orders of convergence", ModelCases.Arbitrary(Smooth), c =>
        {
            var (system, y0, tEnd) = Setup(c);
            var reference = OrderCheck.Reference(system, y0, tEnd);
            foreach (var (method, order) in Methods)
            {
                var outcome = OrderCheck.Measure(system, method, y0, tEnd, reference, order);
                if (!outcome.Holds)
                {
                    throw new PropertyViolation($"{method.Name}: {outcome}; T = {tEnd}; case {c}");
                }

                worst.Record(outcome.Ratio, 1.0, $"{method.Name} slope {outcome.Slope:F3} {c}");
            }
        }, output, worst);
    }

    [Fact]
    public void ModifiedMidpointClaimedSecondOrder_IsCaught()
    {
        PropertyRunner.MustCatch("modified midpoint against order 2",
            ModelCases.Gen(Smooth), c =>
            {
                var (system, y0, tEnd) = Setup(c);
                var reference = OrderCheck.Reference(system, y0, tEnd);
                return !OrderCheck.Measure(
                    system, new ModifiedMidpoint(), y0, tEnd, reference, 2.0).Holds;
            }, output);
    }

    private static (IIntegrator Method, double Order)[] Methods =>
        [(new ForwardEuler(), 1.0), (new ModifiedMidpoint(), 1.0), (new ImplicitMidpoint(), 2.0)];

    private static (GrandVerify.Numerics.Model.DiffusionSystem System,
        MathNet.Numerics.LinearAlgebra.Vector<double> Y0, double T) Setup(ModelCase c)
    {
        var m = c.Build();
        var system = m.System();
        var layout = m.Layout;
        var c0 = system.AssembleC(m.Y0).InfinityNorm();
        var p0 = layout.Momenta(m.Y0).InfinityNorm();
        var tEnd = new[]
        {
            ModelCase.MaxTime, m.Eps, Motion / Math.Max(c0, 1e-300),
            Motion / (Math.E * Math.Max(p0, 1e-300)),
        }.Min();
        return (system, m.Y0, tEnd);
    }
}
