using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.BrokenModels;

/// <summary>
/// Negative control: (19) with the sign of the W term flipped,
/// C_rs = w_rs (2 g I + g' |x_r - x_s|^2 W) = 4 G_rs I - C_rs for r != s. Still symmetric and
/// commuting with I_n (x) R, but no longer -1/2 grad U, so it differs from the derived C.
/// </summary>
public sealed class FlippedSignForceModel(IForceModel inner) : IForceModel
{
    public string Name => "flipped-" + inner.Name;

    public Graph Graph => inner.Graph;

    public Coupling Coupling => inner.Coupling;

    public IAttention Attention => inner.Attention
        ?? throw new InvalidOperationException("the control needs a model with an attention");

    public int NodeCount => inner.NodeCount;

    public int Dimension => inner.Dimension;

    public void AssembleInto(Vector<double> x, Matrix<double> c)
    {
        inner.AssembleInto(x, c);
        var (n, d) = (NodeCount, Dimension);
        var positions = Matrix<double>.Build.Dense(n, d, (i, a) => x[(i * d) + a]);
        var scores = positions * Coupling.Matrix * positions.Transpose();
        var g = Matrix<double>.Build.Dense(n, n);
        var gPrime = Matrix<double>.Build.Dense(n, n);
        Attention.Evaluate(Graph, scores, g, gPrime);

        // C_rs <- 4 G_rs I - C_rs for r != s
        for (var r = 0; r < n; r++)
        {
            for (var s = 0; s < n; s++)
            {
                if (r == s)
                {
                    continue;
                }

                for (var a = 0; a < d; a++)
                {
                    for (var b = 0; b < d; b++)
                    {
                        var identity = a == b ? 4.0 * g[r, s] : 0.0;
                        c[(r * d) + a, (s * d) + b] = identity - c[(r * d) + a, (s * d) + b];
                    }
                }
            }
        }
    }

    public Matrix<double> Assemble(Vector<double> x)
    {
        var c = Matrix<double>.Build.Dense(NodeCount * Dimension, NodeCount * Dimension);
        AssembleInto(x, c);
        return c;
    }

    public Vector<double> Force(Vector<double> x) => Assemble(x) * x;

    public double Potential(Vector<double> x) => inner.Potential(x);
}
