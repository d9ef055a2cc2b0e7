using GrandVerify.Numerics.Integrators;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Integrators;

public sealed class ConditionEstimatorTests(ITestOutputHelper output)
{
    /// <summary>
    /// Hager's estimate is a lower bound that is rarely off by more than a factor 3; 10 leaves
    /// room for the unlucky case while still failing an estimator that is plain wrong.
    /// </summary>
    private const double Underestimate = 10.0;

    [Theory]
    [InlineData(2, false)]
    [InlineData(12, true)]
    [InlineData(12, false)]
    [InlineData(40, true)]
    [InlineData(40, false)]
    public void Estimate_BracketsTheExactConditionNumber(int n, bool symmetric)
    {
        var random = new Random(Fixtures.Seed + n);
        output.WriteLine($"seed {Fixtures.Seed + n}");
        for (var trial = 0; trial < 20; trial++)
        {
            // scaled rows spread cond over several orders of magnitude
            var s = Matrix<double>.Build.Dense(n, n, (i, j) => (random.NextDouble() - 0.5)
                * Math.Pow(10, 3 * random.NextDouble()));
            if (symmetric)
            {
                s = s + s.Transpose();
            }

            var exact = s.L1Norm() * s.Inverse().L1Norm();
            var estimate = ConditionEstimator.Estimate(s, s.LU());

            Assert.InRange(estimate, exact / Underestimate, exact * (1 + 1e-8));
        }
    }

    [Fact]
    public void Estimate_OfNearlySingularMatrix_IsHuge()
    {
        var s = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 }, { 1, 1 + 1e-14 } });

        Assert.True(ConditionEstimator.Estimate(s, s.LU()) > 1e13);
    }
}
