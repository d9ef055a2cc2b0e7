using BenchmarkDotNet.Attributes;
using GrandVerify.Symbolic;

namespace GrandVerify.Benchmarks;

/// <summary>
/// The symbolic kernel's reference workloads (see <see cref="SymbolicWorkloads"/>):
/// expanding and deciding (x_1+...+x_8)^8, the 24 x 24 identity (32) for n = 3, d = 4, and the
/// 24-variable gradient of the softmax Lagrangian (11). Run with
/// <c>dotnet run -c Release --project tests/GrandVerify.Benchmarks -- --filter *Symbolic*</c>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SymbolicBenchmarks
{
    [Benchmark]
    public (int, bool) ExpandSumOfEightToTheEighth() => SymbolicWorkloads.ExpandPower(8);

    [Benchmark]
    public (int, bool, bool) ChargeMatrixIdentity24() =>
        SymbolicWorkloads.ChargeMatrixIdentity(3, 4);

    [Benchmark]
    public (int, int) SoftmaxLagrangianGradient24() =>
        SymbolicWorkloads.SoftmaxLagrangianGradient(3, 4);
}
