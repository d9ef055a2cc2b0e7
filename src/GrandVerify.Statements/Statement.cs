using System.Diagnostics;

namespace GrandVerify.Statements;

/// <summary>
/// One numbered statement of the paper (an equation, Theorem 1, a proposition, a remark) as
/// an object: what the paper claims and how GrandVerify derives and decides it. The proofs
/// project asserts each finding; <c>grandverify audit</c> reports the same objects.
/// </summary>
public abstract class Statement
{
    /// <summary>Stable identifier: "eq19", "thm1", "prop2", "remark1".</summary>
    public abstract string Id { get; }

    /// <summary>What the paper states, in one sentence of our own words.</summary>
    public abstract string Claim { get; }

    /// <summary>Derives and decides the statement. Deterministic; may take seconds.</summary>
    protected abstract Finding Decide();

    /// <summary>Decides the statement and measures how long it took.</summary>
    public StatementResult Check()
    {
        var clock = Stopwatch.StartNew();
        var finding = Decide();
        return new StatementResult(this, finding, clock.Elapsed.TotalSeconds);
    }

    public override string ToString() => $"{Id}: {Claim}";
}
