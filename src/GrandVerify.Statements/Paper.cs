using GrandVerify.Statements.Section2;
using GrandVerify.Statements.Section3;
using GrandVerify.Statements.Section4;
using GrandVerify.Statements.Section5;

namespace GrandVerify.Statements;

/// <summary>
/// Every statement of the paper that GrandVerify audits, in the paper's order: equations
/// (1)–(29), Theorem 1, (30)–(34), Proposition 1, (35)–(37), Proposition 2, (38)–(40), Remark 1,
/// Proposition 3, (41). One entry per line.
/// </summary>
public static class Paper
{
    /// <summary>The statements, each in its own file under Section*/ folders.</summary>
    public static IReadOnlyList<Statement> Statements { get; } =
    [
        new Eq01GraphGradient(),
        new Eq02EuclideanNorm(),
        new Eq03DerivativeLayout(),
        new Eq04ChainRule(),
        new Eq05FunctionalDerivative(),
        new Eq06ActionWithPotential(),
        new Eq07KeyQueryProduct(),
        new Eq08SymmetrisedScore(),
        new Eq09Couplings(),
        new Eq10Action(),
        new Eq11Lagrangian(),
        new Eq12EulerLagrange(),
        new Eq13CouplingBlocks(),
        new Eq14SecondOrderEquation(),
        new Eq15DiffusionLimit(),
        new Eq16Momenta(),
        new Eq17FirstOrderSystem(),
        new Eq18ScoreMatrix(),
        new Eq19ForceMatrix(),
        new Eq20FirstOrderMatrix(),
        new Eq21Hamiltonian(),
        new Eq22EnergyBalance(),
        new Eq23CommutingRotations(),
        new Eq24RigidSymmetry(),
        new Eq25NoetherCharge(),
        new Eq26QuadraticCharge(),
        new Eq27ChargeRate(),
        new Eq28ConservationCondition(),
        new Eq29ChargeDerivativeBlocks(),
        new Theorem1ChargeConservation(),
        new Eq30CanonicalSystem(),
        new Eq31CanonicalCharge(),
        new Eq32CanonicalBracket(),
        new Eq33DiscreteConservation(),
        new Eq34ForwardEuler(),
        new Proposition1ForwardEulerDrift(),
        new Eq35EulerExpansion(),
        new Eq36EulerQuadraticTerm(),
        new Eq37BackwardEuler(),
        new Proposition2BackwardEulerDrift(),
        new Eq38BackwardEulerDrift(),
        new Eq39MidpointScheme(),
        new Eq40MidpointMap(),
        new Remark1HalfStepDecomposition(),
        new Proposition3ImplicitMidpoint(),
        new Eq41ImplicitMidpointRule(),
    ];

    /// <summary>The ids in the paper's order, the reference for the catalog.</summary>
    public static IReadOnlyList<string> ExpectedIds { get; } =
    [
        .. Enumerable.Range(1, 29).Select(k => $"eq{k}"),
        "thm1",
        .. Enumerable.Range(30, 5).Select(k => $"eq{k}"),
        "prop1",
        "eq35", "eq36", "eq37",
        "prop2",
        "eq38", "eq39", "eq40",
        "remark1",
        "prop3",
        "eq41",
    ];

    /// <summary>The statement with this id; a clear error for an unknown one.</summary>
    public static Statement Get(string id) =>
        Statements.FirstOrDefault(s => s.Id == id)
        ?? throw new ArgumentException(
            $"no statement '{id}'; known: {string.Join(", ", Statements.Select(s => s.Id))}",
            nameof(id));
}
