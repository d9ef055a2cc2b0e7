namespace GrandVerify.Symbolic;

/// <summary>Numeric value of the opaque function <paramref name="name"/>^(order) at u,
/// e.g. g''(u) for name "g", order 2.</summary>
public delegate double OpaqueFunction(string name, int order, double u);
