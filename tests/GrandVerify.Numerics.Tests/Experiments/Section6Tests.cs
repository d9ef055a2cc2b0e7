using GrandVerify.Numerics.Experiments;
using Xunit.Abstractions;

namespace GrandVerify.Numerics.Tests.Experiments;

public sealed class Section6Tests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        foreach (var e in Section6.All())
        {
            var r = e.Run();
            foreach (var c in r.Charges)
            {
                var v = r.Verdict(c);
                output.WriteLine($"{e.Label} {c.Rotation} commutes={c.CommutesWithW} {v.Explanation}");
            }
        }
    }
}
