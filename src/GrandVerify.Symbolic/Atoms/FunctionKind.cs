namespace GrandVerify.Symbolic;

/// <summary>The functions the kernel knows, and opaque named functions (g, g', g'', ...).</summary>
public enum FunctionKind
{
    /// <summary>e^u; canonical rule e^a e^b = e^{a+b}, e^0 = 1.</summary>
    Exp,

    /// <summary>Natural logarithm.</summary>
    Log,

    /// <summary>Square root; canonical rule sqrt(u)^2 = u.</summary>
    Sqrt,

    /// <summary>Hyperbolic tangent; tanh' = 1 - tanh^2.</summary>
    Tanh,

    /// <summary>Logistic sigmoid 1/(1+e^{-u}); sigmoid' = sigmoid (1 - sigmoid).</summary>
    Sigmoid,

    /// <summary>max(0, u); relu' = step.</summary>
    Relu,

    /// <summary>Heaviside step (0 for u &lt;= 0, 1 for u &gt; 0); its derivative is 0
    /// a.e.</summary>
    Step,

    /// <summary>A named function the kernel knows nothing about; g^(k)' = g^(k+1).</summary>
    Opaque,
}
