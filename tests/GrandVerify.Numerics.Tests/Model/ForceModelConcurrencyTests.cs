using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Tests.Model;

/// <summary>
/// One force model shared by parallel callers (as statements running side by side share a
/// system) gives every caller exactly the result it gives alone.
/// </summary>
public sealed class ForceModelConcurrencyTests
{
    [Fact]
    public void SharedPaperForceModel_GivesTheSequentialResultUnderParallelCalls()
    {
        const int seed = 20261203;
        var force = new PaperForceModel(
            GraphGenerators.Complete(24), Coupling.Diagonal(0.5, 1.0, 2.0), new TanhAttention());
        var random = new Random(seed);
        var states = Enumerable.Range(0, 8)
            .Select(_ => Vector<double>.Build.Dense(72, _ => (2 * random.NextDouble()) - 1))
            .ToArray();
        var expectedForce = states.Select(force.Force).ToArray();
        var expectedC = states.Select(force.Assemble).ToArray();

        // four dedicated threads released together, each cycling through the states
        const int threads = 4, calls = 1000;
        var mismatches = 0;
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var k = 0; k < calls; k++)
            {
                var i = (k + t) % states.Length;
                var same = (k + t) % 2 == 0
                    ? force.Force(states[i]).Equals(expectedForce[i])
                    : force.Assemble(states[i]).Equals(expectedC[i]);
                if (!same)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.True(mismatches == 0, $"{mismatches} of {threads * calls} parallel calls differed (seed {seed})");
    }
}
