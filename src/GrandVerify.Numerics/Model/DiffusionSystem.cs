using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Model;

/// <summary>
/// The system (30) in canonical coordinates, y' = E(t, y) y with
/// E(t, y) = [[0, a I], [b C(x), 0]], a = e^{t/eps}, b = -e^{-t/eps}/eps, that is
/// x' = e^{t/eps} p and p' = -(e^{-t/eps}/eps) C(x) x. The exponentials are formed only as
/// scalars; |t/eps| beyond <see cref="MaxExponent"/> is reported as a numerical failure.
/// </summary>
public sealed class DiffusionSystem
{
    /// <summary>
    /// Largest |t/eps| accepted: e^{709} ~ 8.2e307 is below double.MaxValue ~ 1.8e308.
    /// </summary>
    public const double MaxExponent = 709.0;

    public DiffusionSystem(IForceModel force, double eps)
    {
        ArgumentNullException.ThrowIfNull(force);
        if (!(eps > 0.0) || !double.IsFinite(eps))
        {
            throw new ArgumentOutOfRangeException(
                nameof(eps), eps, "eps must be positive and finite");
        }

        Force = force;
        Eps = eps;
        Layout = new StateLayout(force.NodeCount, force.Dimension);
    }

    /// <summary>The force model giving C(x).</summary>
    public IForceModel Force { get; }

    /// <summary>eps &gt; 0.</summary>
    public double Eps { get; }

    /// <summary>Layout of y.</summary>
    public StateLayout Layout { get; }

    /// <summary>a(t) = e^{t/eps}; throws when it (or 1/a) would overflow.</summary>
    public double GrowthFactor(double t)
    {
        CheckExponent(t);
        return Math.Exp(t / Eps);
    }

    /// <summary>b(t) = -e^{-t/eps}/eps; throws when e^{-t/eps} would overflow.</summary>
    public double DampingFactor(double t)
    {
        CheckExponent(t);
        return -Math.Exp(-t / Eps) / Eps;
    }

    /// <summary>C(x) at the positions of the state y (a new nd x nd matrix).</summary>
    public Matrix<double> AssembleC(Vector<double> y) => Force.Assemble(Layout.Positions(y));

    /// <summary>E(t, y) y written into <paramref name="dy"/>.</summary>
    public void Evaluate(double t, Vector<double> y, Vector<double> dy)
    {
        Layout.CheckState(y, nameof(y));
        Layout.CheckState(dy, nameof(dy));
        var nd = Layout.BlockSize;
        var (a, b) = (GrowthFactor(t), DampingFactor(t));
        var x = Layout.Positions(y);
        var cx = Force.Force(x);

        // x' = a p,  p' = b C(x) x   (30)
        for (var i = 0; i < nd; i++)
        {
            dy[i] = a * y[nd + i];
            dy[nd + i] = b * cx[i];
        }
    }

    /// <summary>E(t, y) y as a new vector.</summary>
    public Vector<double> Evaluate(double t, Vector<double> y)
    {
        var dy = Vector<double>.Build.Dense(Layout.Size);
        Evaluate(t, y, dy);
        return dy;
    }

    /// <summary>E(t, y) of (30) as a dense 2nd x 2nd matrix.</summary>
    public Matrix<double> Matrix(double t, Vector<double> y)
    {
        Layout.CheckState(y, nameof(y));
        var nd = Layout.BlockSize;
        var (a, b) = (GrowthFactor(t), DampingFactor(t));
        var e = Matrix<double>.Build.Dense(2 * nd, 2 * nd);

        // E = [[0, a I], [b C, 0]]   (30)
        for (var i = 0; i < nd; i++)
        {
            e[i, nd + i] = a;
        }

        e.SetSubMatrix(nd, 0, AssembleC(y) * b);
        return e;
    }

    /// <summary>
    /// Throws a <see cref="NumericalFailureException"/> if y has a NaN or Inf entry.
    /// </summary>
    public void EnsureFinite(Vector<double> y, double t, string what)
    {
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < y.Count; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                var block = i < Layout.BlockSize ? "x" : "p";
                var node = (i % Layout.BlockSize) / Layout.Dimension;
                throw new NumericalFailureException(
                    $"{what} has a non-finite entry {y[i]} in {block}_{node}",
                    t,
                    "reduce h, increase eps, or use an implicit method; " +
                    "check that g does not overflow");
            }
        }
    }

    private void CheckExponent(double t)
    {
        var exponent = t / Eps;
        if (!double.IsFinite(t) || Math.Abs(exponent) > MaxExponent)
        {
            throw new NumericalFailureException(
                "e^(t/eps) overflows: |t/eps| = " +
                $"{Math.Abs(exponent).ToString("G6", CultureInfo.InvariantCulture)} " +
                $"exceeds {MaxExponent} (eps = {Eps.ToString("G6", CultureInfo.InvariantCulture)})",
                t,
                "increase eps or shorten the time interval so that |t/eps| <= 709");
        }
    }
}
