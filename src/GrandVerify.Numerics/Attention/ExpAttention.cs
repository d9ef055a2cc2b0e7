namespace GrandVerify.Numerics.Attention;

/// <summary>g(z) = e^z = g'(z) (the unnormalised softmax numerator).</summary>
public sealed class ExpAttention : ElementwiseAttention
{
    public override string Name => "exp";

    public override double Value(double z) => Math.Exp(z);

    public override double Derivative(double z) => Math.Exp(z);
}
