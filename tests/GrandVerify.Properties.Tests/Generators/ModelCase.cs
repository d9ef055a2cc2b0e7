using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Model;

namespace GrandVerify.Properties.Tests.Generators;

/// <summary>
/// One generated case as plain parameters (so FsCheck can shrink and print it): graph, W,
/// attention name, initial state and steps. <see cref="Build"/> turns it into a
/// <see cref="ModelInstance"/>, rescaling x so that every score |x_i^T W x_j| &lt;= 2 and
/// shortening h and N as documented there.
/// </summary>
public sealed record ModelCase(
    GraphSpec Graph, CouplingSpec Coupling, string Attention, StateSpec State, StepSpec Step)
{
    /// <summary>Largest |C_ij| = |x_i^T W x_j| at t = 0 (keeps e^{C_ij} below e^2).</summary>
    public const double MaxScore = 2.0;

    /// <summary>Longest run T.</summary>
    public const double MaxTime = 1.0;

    /// <summary>Largest T/eps: e^{t/eps} &lt;= e^2 along the run.</summary>
    public const double MaxTimeOverEps = 2.0;

    /// <summary>Largest h/eps: a step resolves the time scale eps of e^{t/eps}.</summary>
    public const double MaxStepOverEps = 0.25;

    /// <summary>Largest T |C(x0)|_inf and T e^2 |p0|_inf: x moves by a fraction of it.</summary>
    public const double MaxMotion = 0.25;

    /// <summary>Builds the case; deterministic in the record.</summary>
    public ModelInstance Build()
    {
        var graph = Graph.Build();
        var coupling = Coupling.Build();
        var attention = AttentionCatalog.Get(Attention);
        var layout = new StateLayout(graph.NodeCount, coupling.W.Dimension);
        var y = State.Build(layout);

        // x <- x sqrt(2 / max|C_ij|) when a score exceeds 2
        var x = layout.Positions(y);
        var score = MaxAbsScore(layout, coupling.W, x);
        if (score > MaxScore)
        {
            y.SetSubVector(0, layout.BlockSize, x * Math.Sqrt(MaxScore / score));
        }

        // T <= min(1, 2 eps, 1/(4 |C|_inf), 1/(4 e^2 |p|_inf)); h <= min(T, eps/4); N = T / h
        var force = new PaperForceModel(graph, coupling.W, attention);
        var c0 = force.Assemble(layout.Positions(y)).InfinityNorm();
        var p0 = layout.Momenta(y).InfinityNorm();
        var tMax = new[]
        {
            MaxTime, MaxTimeOverEps * Step.Eps, MaxMotion / Math.Max(c0, 1e-300),
            MaxMotion / (Math.Exp(2.0) * Math.Max(p0, 1e-300)),
        }.Min();
        var h = new[] { Step.H, tMax, MaxStepOverEps * Step.Eps }.Min();
        var steps = Math.Clamp((int)Math.Floor(tMax / h), 1, Step.Steps);
        return new ModelInstance(graph, coupling, attention, Step.Eps, y, h, steps);
    }

    /// <summary>Component-wise shrinks, simplest first.</summary>
    public IEnumerable<ModelCase> Shrink()
    {
        foreach (var g in Graph.Shrink())
        {
            yield return this with { Graph = g };
        }

        foreach (var w in Coupling.Shrink())
        {
            yield return this with { Coupling = w };
        }

        if (Attention != "identity")
        {
            yield return this with { Attention = "identity" };
        }

        foreach (var s in Step.Shrink())
        {
            yield return this with { Step = s };
        }

        foreach (var s in State.Shrink())
        {
            yield return this with { State = s };
        }
    }

    public override string ToString() =>
        $"{Graph.Kind}(n={Graph.Nodes},weighted={Graph.Weighted},seed={Graph.Seed}) " +
        $"{Coupling.Kind}(d={Coupling.EffectiveDimension},groups={Coupling.Groups}," +
        $"seed={Coupling.Seed}) g={Attention} state(seed={State.Seed},x*{State.XScale}," +
        $"p*{State.PScale},simple={State.Simple}) h={Step.H:G3} eps={Step.Eps:G3} " +
        $"N={Step.Steps}";

    private static double MaxAbsScore(
        StateLayout layout, Coupling w, MathNet.Numerics.LinearAlgebra.Vector<double> x)
    {
        var m = 0.0;
        var wm = w.Matrix;
        for (var i = 0; i < layout.Nodes; i++)
        {
            var wxi = wm * x.SubVector(i * layout.Dimension, layout.Dimension);
            for (var j = 0; j < layout.Nodes; j++)
            {
                m = Math.Max(m, Math.Abs(wxi.DotProduct(
                    x.SubVector(j * layout.Dimension, layout.Dimension))));
            }
        }

        return m;
    }
}
