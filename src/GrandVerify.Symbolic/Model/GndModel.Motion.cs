namespace GrandVerify.Symbolic.Model;

/// <summary>The Lagrangian (11), its Euler-Lagrange equations by (5) with (-1)^m, the momenta
/// (16), the gradient of U and the flow (17) solved for dP/dt.</summary>
public sealed partial class GndModel
{
    /// <summary>L = e^{-t/eps} (1/2 sum_i P_i^T P_i + U/(2 eps))   (11).</summary>
    public Expr Lagrangian => Cached(nameof(Lagrangian), () =>
    {
        var kinetic = Expr.Zero;
        foreach (var v in V)
        {
            kinetic += Expr.Of(v) * Expr.Of(v);
        }

        return Decay * (kinetic / 2 + Potential / (2 * Expr.Of(Eps)));
    });

    /// <summary>delta L / delta x_i^a = dL/dx - D_t dL/dP   ((5) with (-1)^m, (12)).</summary>
    public Expr[,] EulerLagrange => Cached(nameof(EulerLagrange), () =>
        PerComponent((i, a) => FunctionalDerivative.Apply(
            Lagrangian, Jet, [X[i, a], V[i, a], Acceleration[i, a]])));

    /// <summary>p_i^a = dL/dP_i^a   (16).</summary>
    public Expr[,] Momenta => Cached(nameof(Momenta), () =>
        PerComponent((i, a) => Lagrangian.Diff(V[i, a])));

    /// <summary>dU/dx_i^a.</summary>
    public Expr[,] Gradient => Cached(nameof(Gradient), () =>
        PerComponent((i, a) => Potential.Diff(X[i, a])));

    /// <summary>dP_i^a/dt solved from delta L / delta x = 0 (the equation is linear in it).</summary>
    public Expr[,] AccelerationFlow => Cached(nameof(AccelerationFlow), () => PerComponent((i, a) =>
    {
        // EL = c Pdot + r  =>  Pdot = -r / c
        var el = EulerLagrange[i, a];
        var r = el.Substitute(Acceleration[i, a], Expr.Zero);
        var c = el.Substitute(Acceleration[i, a], Expr.One) - r;
        return -r / c;
    }));

    /// <summary>D_t e along the Lagrangian flow: x' = P, P' from <see cref="AccelerationFlow"/>.</summary>
    public Expr TimeDerivativeAlongFlow(Expr e)
    {
        // D_t e = de/dt + sum dE/dx P + sum de/dP P'
        var result = e.Diff(T);
        for (var i = 0; i < N; i++)
        {
            for (var a = 0; a < D; a++)
            {
                if (e.DependsOn(X[i, a]))
                {
                    result += e.Diff(X[i, a]) * Expr.Of(V[i, a]);
                }

                if (e.DependsOn(V[i, a]))
                {
                    result += e.Diff(V[i, a]) * AccelerationFlow[i, a];
                }
            }
        }

        return result;
    }

    /// <summary>f(i, a) for every node i and component a.</summary>
    public Expr[,] PerComponent(Func<int, int, Expr> f)
    {
        var m = new Expr[N, D];
        for (var i = 0; i < N; i++)
        {
            for (var a = 0; a < D; a++)
            {
                m[i, a] = f(i, a);
            }
        }

        return m;
    }

    /// <summary>The n x d array as a column of length nd.</summary>
    public ExprMatrix Stack(Expr[,] perComponent) =>
        ExprMatrix.Build(N * D, 1, (k, _) => perComponent[k / D, k % D]);
}
