namespace GrandVerify.Numerics.Attention;

/// <summary>
/// An elementwise attention from a pair of functions g and g' (for instance compiled from a
/// formula elsewhere). Consistency of g' with g is the caller's responsibility.
/// </summary>
public sealed class DelegateAttention : ElementwiseAttention
{
    private readonly Func<double, double> value;
    private readonly Func<double, double> derivative;

    public DelegateAttention(string name, Func<double, double> g, Func<double, double> gPrime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(gPrime);
        Name = name;
        value = g;
        derivative = gPrime;
    }

    public override string Name { get; }

    public override double Value(double z) => value(z);

    public override double Derivative(double z) => derivative(z);
}
