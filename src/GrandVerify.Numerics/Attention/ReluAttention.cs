namespace GrandVerify.Numerics.Attention;

/// <summary>g(z) = max(z, 0), g'(z) = step(z) with g'(0) = 0.</summary>
public sealed class ReluAttention : ElementwiseAttention
{
    public override string Name => "relu";

    public override double Value(double z) => z > 0.0 ? z : 0.0;

    public override double Derivative(double z) => z > 0.0 ? 1.0 : 0.0;
}
