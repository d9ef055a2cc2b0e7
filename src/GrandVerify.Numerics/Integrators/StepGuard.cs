using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Integrators;

/// <summary>Argument checks shared by the public Step entry points.</summary>
internal static class StepGuard
{
    public static void Check(DiffusionSystem system, double h, Vector<double> y)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (!(h > 0.0) || !double.IsFinite(h))
        {
            throw new ArgumentOutOfRangeException(
                nameof(h), h, "step size h must be positive and finite");
        }

        system.Layout.CheckState(y, nameof(y));
    }
}
