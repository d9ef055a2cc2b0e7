namespace GrandVerify.Numerics.Attention;

/// <summary>g(z) = tanh z, g'(z) = 1 - tanh^2 z.</summary>
public sealed class TanhAttention : ElementwiseAttention
{
    public override string Name => "tanh";

    public override double Value(double z) => Math.Tanh(z);

    public override double Derivative(double z)
    {
        var t = Math.Tanh(z);
        return 1.0 - (t * t);
    }
}
