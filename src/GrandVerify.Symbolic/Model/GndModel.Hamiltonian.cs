namespace GrandVerify.Symbolic.Model;

/// <summary>The Hamiltonian (21) by the Legendre transform, in the velocity P and in the
/// canonical momentum p, and Hamilton's equations in (x, p).</summary>
public sealed partial class GndModel
{
    /// <summary>H(x, P, t) = sum_i p_i^T P_i - L with p = dL/dP   (21).</summary>
    public Expr VelocityHamiltonian => Cached(nameof(VelocityHamiltonian), () =>
    {
        var h = -Lagrangian;
        for (var i = 0; i < N; i++)
        {
            for (var a = 0; a < D; a++)
            {
                h += Momenta[i, a] * Expr.Of(V[i, a]);
            }
        }

        return h;
    });

    /// <summary>H(x, p, t): (21) with P = e^{t/eps} p, the inverse of (16).</summary>
    public Expr Hamiltonian => Cached(nameof(Hamiltonian), () =>
        VelocityHamiltonian.Substitute(VelocityOfMomentum()));

    /// <summary>x' = dH/dp   (Hamilton).</summary>
    public Expr[,] PositionFlow => Cached(nameof(PositionFlow), () =>
        PerComponent((i, a) => Hamiltonian.Diff(P[i, a])));

    /// <summary>p' = -dH/dx   (Hamilton).</summary>
    public Expr[,] MomentumFlow => Cached(nameof(MomentumFlow), () =>
        PerComponent((i, a) => -Hamiltonian.Diff(X[i, a])));

    /// <summary>D_t e along Hamilton's flow in (x, p).</summary>
    public Expr TimeDerivativeAlongCanonicalFlow(Expr e)
    {
        // D_t e = de/dt + sum de/dx x' + sum de/dp p'
        var result = e.Diff(T);
        for (var i = 0; i < N; i++)
        {
            for (var a = 0; a < D; a++)
            {
                if (e.DependsOn(X[i, a]))
                {
                    result += e.Diff(X[i, a]) * PositionFlow[i, a];
                }

                if (e.DependsOn(P[i, a]))
                {
                    result += e.Diff(P[i, a]) * MomentumFlow[i, a];
                }
            }
        }

        return result;
    }

    /// <summary>P_i^a -&gt; e^{t/eps} p_i^a.</summary>
    public Dictionary<Symbol, Expr> VelocityOfMomentum()
    {
        var map = new Dictionary<Symbol, Expr>();
        for (var i = 0; i < N; i++)
        {
            for (var a = 0; a < D; a++)
            {
                map[V[i, a]] = Growth * Expr.Of(P[i, a]);
            }
        }

        return map;
    }
}
