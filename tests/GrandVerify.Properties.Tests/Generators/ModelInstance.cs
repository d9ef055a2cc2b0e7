using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// A built case: graph, W with its rotations, attention g, the force (19), eps, y0 and the grid
/// t_k = k h, k = 0..N. The run length T = N h obeys T &lt;= min(1, 2 eps, 1/(4 |C(x0)|_inf),
/// 1/(4 e^2 |p0|_inf)) and h &lt;= eps/4: then t/eps &lt;= 2 (far from the overflow at 709), x
/// moves by a fraction of itself, and theta = h^2 |C|_inf/(4 eps) &lt;= 1/64 at the start.
/// </summary>
public sealed record ModelInstance(
    Graph Graph,
    CouplingInstance Coupling,
    IAttention Attention,
    double Eps,
    Vector<double> Y0,
    double H,
    int Steps)
{
    /// <summary>The force (19) of this case.</summary>
    public PaperForceModel Force() => new(Graph, Coupling.W, Attention);

    /// <summary>The system (30) with the force (19).</summary>
    public DiffusionSystem System() => new(Force(), Eps);

    /// <summary>The system (30) with another force model (a negative control).</summary>
    public DiffusionSystem System(IForceModel force) => new(force, Eps);

    /// <summary>n.</summary>
    public int Nodes => Graph.NodeCount;

    /// <summary>d.</summary>
    public int Dimension => Coupling.W.Dimension;

    /// <summary>Layout of y.</summary>
    public StateLayout Layout => new(Nodes, Dimension);
}
