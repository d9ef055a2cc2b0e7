using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.BrokenModels;

/// <summary>
/// Negative control: (19) with a non-symmetric attention, G_rs (1 + delta) for r &lt; s and
/// G_rs (1 - delta) for r &gt; s (every off-diagonal block scaled). C is no longer symmetric, so
/// the midpoint map no longer keeps Q_R, and the model depends on the node labels.
/// </summary>
public sealed class AsymmetricForceModel(IForceModel inner, double delta = 0.25) : IForceModel
{
    public string Name => "asymmetric-" + inner.Name;

    public Graph Graph => inner.Graph;

    public Coupling Coupling => inner.Coupling;

    public IAttention Attention => inner.Attention
        ?? throw new InvalidOperationException("the control needs a model with an attention");

    public int NodeCount => inner.NodeCount;

    public int Dimension => inner.Dimension;

    public void AssembleInto(Vector<double> x, Matrix<double> c)
    {
        inner.AssembleInto(x, c);
        var d = Dimension;

        // C_rs <- (1 +- delta) C_rs for r != s
        for (var r = 0; r < NodeCount; r++)
        {
            for (var s = 0; s < NodeCount; s++)
            {
                var factor = r < s ? 1.0 + delta : r > s ? 1.0 - delta : 1.0;
                for (var a = 0; a < d; a++)
                {
                    for (var b = 0; b < d; b++)
                    {
                        c[(r * d) + a, (s * d) + b] *= factor;
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
