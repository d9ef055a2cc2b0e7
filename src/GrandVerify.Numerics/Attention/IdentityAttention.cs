namespace GrandVerify.Numerics.Attention;

/// <summary>g(z) = z, g'(z) = 1.</summary>
public sealed class IdentityAttention : ElementwiseAttention
{
    public override string Name => "identity";

    public override double Value(double z) => z;

    public override double Derivative(double z) => 1.0;
}
