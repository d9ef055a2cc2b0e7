namespace GrandVerify.Symbolic;

/// <summary>
/// A jet space for the total time derivative: the time symbol t and chains of symbols
/// (q, q', q'', ...) such as (x, xdot, xddot). Along a curve,
/// D_t e = de/dt + sum_chains sum_k (de/dq^(k)) q^(k+1), which is the d/dt of the
/// Euler-Lagrange operator (12) applied to explicit-time Lagrangians such as (11).
/// </summary>
public sealed class JetSpace
{
    private readonly List<IReadOnlyList<Symbol>> chains;

    /// <param name="time">The time symbol t.</param>
    /// <param name="chains">Each chain lists q, then its successive time derivatives.</param>
    public JetSpace(Symbol time, IEnumerable<IReadOnlyList<Symbol>> chains)
    {
        Time = time ?? throw new ArgumentNullException(nameof(time));
        this.chains = chains?.ToList() ?? throw new ArgumentNullException(nameof(chains));
        var seen = new HashSet<Symbol> { time };
        foreach (var chain in this.chains)
        {
            if (chain.Count < 2)
            {
                throw new ArgumentException(
                    "Each jet chain needs q and at least q'.", nameof(chains));
            }

            foreach (var s in chain)
            {
                if (!seen.Add(s))
                {
                    throw new ArgumentException(
                        $"Symbol {s} appears twice in the jet space.", nameof(chains));
                }
            }
        }
    }

    public Symbol Time { get; }

    public IReadOnlyList<IReadOnlyList<Symbol>> Chains => chains;

    /// <summary>D_t e; throws when e depends on the last symbol of a chain (no
    /// successor).</summary>
    public Expr TimeDerivative(Expr e)
    {
        ArgumentNullException.ThrowIfNull(e);

        // D_t e = de/dt + sum_k de/dq^(k) q^(k+1)
        var result = e.Diff(Time);
        foreach (var chain in chains)
        {
            for (var k = 0; k < chain.Count; k++)
            {
                if (!e.DependsOn(chain[k]))
                {
                    continue;
                }

                if (k == chain.Count - 1)
                {
                    throw new InvalidOperationException(
                        $"Total derivative needs the successor of {chain[k]}: extend its jet chain.");
                }

                result += e.Diff(chain[k]) * chain[k + 1];
            }
        }

        return result;
    }
}
