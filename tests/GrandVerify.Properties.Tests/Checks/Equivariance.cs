using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Symmetries of (30) and of its integrators. Relabelling: with pi a permutation of the nodes,
/// graph edges (pi(u), pi(v)) and x'_{pi(i)} = x_i, p'_{pi(i)} = p_i, every step maps to the
/// relabelled step (C'(x') is C(x) with its blocks permuted), so the trajectories agree node
/// by node. Rotation: with Lambda = exp(s R) and [W, R] = 0, C(Lambda x) = (I (x) Lambda) C(x)
/// (I (x) Lambda)^T, so one step commutes with rotating every x_i and p_i by Lambda.
/// Both hold to rounding: different summation orders and pivots, each step's rounding bounded
/// by the midpoint analysis (~120 n d u |y|), carried over N &lt;= 30 resolved steps (growth
/// below e^2): <see cref="Tolerance"/> = 1e3 n d u per step relative to max_k |y_k|.
/// </summary>
public static class Equivariance
{
    /// <summary>Allowed mismatch per step, in units of n d u max_k |y_k|_2.</summary>
    public const double Tolerance = 1e3;

    /// <summary>The graph with node i renamed pi[i].</summary>
    public static Graph Relabel(Graph graph, int[] pi) =>
        new(graph.NodeCount, graph.Edges.Select(e => new Edge(pi[e.U], pi[e.V], e.Weight)),
            graph.SourceName + "-relabelled");

    /// <summary>y with node i's blocks moved to node pi[i].</summary>
    public static Vector<double> Relabel(StateLayout layout, Vector<double> y, int[] pi)
    {
        var result = Vector<double>.Build.Dense(layout.Size);
        for (var i = 0; i < layout.Nodes; i++)
        {
            for (var a = 0; a < layout.Dimension; a++)
            {
                result[layout.XIndex(pi[i], a)] = y[layout.XIndex(i, a)];
                result[layout.PIndex(pi[i], a)] = y[layout.PIndex(i, a)];
            }
        }

        return result;
    }

    /// <summary>Every x_i and p_i multiplied by Lambda.</summary>
    public static Vector<double> Rotate(StateLayout layout, Vector<double> y, Matrix<double> lambda)
    {
        var result = Vector<double>.Build.Dense(layout.Size);
        var d = layout.Dimension;
        for (var block = 0; block < 2 * layout.Nodes; block++)
        {
            result.SetSubVector(block * d, d, lambda * y.SubVector(block * d, d));
        }

        return result;
    }

    /// <summary>
    /// max_k |relabel(y_k) - y'_k| / (n d u N max |y|) over N steps of both systems
    /// (ratio &lt;= <see cref="Tolerance"/> means equivariant).
    /// </summary>
    public static double RelabelMismatch(
        DiffusionSystem system, DiffusionSystem relabelled, IIntegrator method, int[] pi,
        Vector<double> y0, double h, int steps)
    {
        var layout = system.Layout;
        var (y, z) = (y0, Relabel(layout, y0, pi));
        var (mismatch, size) = (0.0, y0.L2Norm());
        for (var k = 0; k < steps; k++)
        {
            y = method.Step(system, k * h, h, y).Y;
            z = method.Step(relabelled, k * h, h, z).Y;
            mismatch = Math.Max(mismatch, (Relabel(layout, y, pi) - z).L2Norm());
            size = Math.Max(size, y.L2Norm());
        }

        return mismatch / (layout.BlockSize * MidpointRoundingBound.UnitRoundoff * steps * size);
    }

    /// <summary>|step(Lambda y) - Lambda step(y)| / (n d u |y'|) for one step at t.</summary>
    public static double RotationMismatch(
        DiffusionSystem system, IIntegrator method, Matrix<double> lambda, Vector<double> y,
        double t, double h)
    {
        var layout = system.Layout;
        var stepped = method.Step(system, t, h, y).Y;
        var rotatedFirst = method.Step(system, t, h, Rotate(layout, y, lambda)).Y;
        var mismatch = (rotatedFirst - Rotate(layout, stepped, lambda)).L2Norm();
        var size = Math.Max(stepped.L2Norm(), y.L2Norm());
        return mismatch / (layout.BlockSize * MidpointRoundingBound.UnitRoundoff * size);
    }
}
