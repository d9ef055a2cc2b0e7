namespace GrandVerify.Numerics.Attention;

/// <summary>g(z) = 1/(1 + e^{-z}), g'(z) = g(z)(1 - g(z)); evaluated without overflow.</summary>
public sealed class SigmoidAttention : ElementwiseAttention
{
    public override string Name => "sigmoid";

    public override double Value(double z)
    {
        // e^{-|z|} never overflows; use the form whose exponent is non-positive
        if (z >= 0.0)
        {
            return 1.0 / (1.0 + Math.Exp(-z));
        }

        var e = Math.Exp(z);
        return e / (1.0 + e);
    }

    public override double Derivative(double z)
    {
        var s = Value(z);
        return s * (1.0 - s);
    }
}
