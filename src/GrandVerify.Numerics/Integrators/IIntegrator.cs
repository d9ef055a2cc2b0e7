using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>
/// A one-step method for (30): y_{k+1} = Phi_h(t_k, y_k). <see cref="Step"/> returns the new
/// state (a fresh vector; y_k is not modified) with the step's solver statistics, and throws
/// <see cref="NumericalFailureException"/> (without a step index) when the step fails.
/// </summary>
public interface IIntegrator
{
    /// <summary>Name in kebab case, e.g. "modified-midpoint".</summary>
    string Name { get; }

    /// <summary>Classical order of convergence.</summary>
    int Order { get; }

    /// <summary>True when Q_R is kept exactly (up to rounding) whenever [W, R] = 0.</summary>
    bool ConservesCommutingCharges { get; }

    /// <summary>One step from (t, y) of size h.</summary>
    StepResult Step(DiffusionSystem system, double t, double h, Vector<double> y);
}
