using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using GrandVerify.Numerics.Potentials;
using GrandVerify.Statements.Attentions;
using Xunit.Abstractions;

namespace GrandVerify.Proofs.Attention;

/// <summary>
/// Every attention of the registry (and two user expressions): the exact force derived
/// symbolically equals the numeric one, the Theorem 1 commutator identity holds exactly, the
/// exact decisions agree with the numeric measurements, and the midpoint rules conserve every
/// charge Theorem 1 says is conserved. Broken entries must fail.
/// </summary>
public sealed class RegistryProofs(ITestOutputHelper output)
{
    private const int Seed = 20241203;

    public static TheoryData<string> All => RegistryCases.All;

    public static TheoryData<string> Broken => BrokenEntries.Names;

    [Theory]
    [MemberData(nameof(All))]
    public void SymbolicForce_EqualsNumericForce(string name)
    {
        var entry = RegistryCases.Entry(name);

        foreach (var (n, d) in new[] { (2, 2), (3, 2), (2, 3), (3, 3) })
        {
            var error = ForceAgreement.MaxRelativeError(entry, n, d, Seed);
            output.WriteLine($"seed {Seed}: {name} n={n} d={d} relative error {error:G3}");
            Assert.True(error <= ForceAgreement.Tolerance, $"{name} n={n} d={d}: {error:G3}");
        }
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void SymbolicForce_EqualsNumericForce_RejectsBrokenEntry(string name)
    {
        var error = ForceAgreement.MaxRelativeError(BrokenEntries.Get(name), 3, 2, Seed);

        output.WriteLine($"seed {Seed}: broken {name} relative error {error:G3}");
        Assert.True(error > ForceAgreement.Violation, $"{name}: {error:G3}");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Theorem1_CommutatorIdentity_HoldsExactly(string name)
    {
        var verdicts = ExactAnalysis.Decide(RegistryCases.Entry(name));

        output.WriteLine($"{name}: {verdicts}");
        Assert.True(verdicts.CertificateIdentity);
    }

    [Theory]
    [InlineData("softmax-exact")]
    [InlineData("row-softmax")]
    [InlineData("cosine")]
    public void Theorem1_CommutatorIdentity_RejectsTheWrongCommutatorForm(string name)
    {
        // negative control: the exact force's rate against the (19) commutator form
        var model = ExactAnalysis.Model(RegistryCases.Entry(name));
        var r = ExactAnalysis.Rotations(ExactAnalysis.Dimension)[0];

        var residual = model.ChargeRate(model.Force, r) - model.PaperCommutatorForm(r);

        Assert.False(ExactAnalysis.IsZero(model, residual));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Eq19_IsExact_IffGDependsOnItsOwnScoreOnly(string name)
    {
        // (19) keeps only dG_ij/dC_ij: it is the gradient iff G_ij has no other argument
        var verdicts = ExactAnalysis.Decide(RegistryCases.Entry(name));

        Assert.Equal(verdicts.OwnScoreOnly, verdicts.Eq19Identical);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void ExactDecisions_AgreeWithNumericMeasurements(string name)
    {
        var entry = RegistryCases.Entry(name);
        var exact = ExactAnalysis.Decide(entry);
        var coupling = Coupling.FromMatrix(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build
            .DenseOfArray(new[,] { { 1.25, -0.5 }, { -0.5, 0.75 } }));
        var graph = GraphGenerators.Complete(ExactAnalysis.Nodes);
        var numeric = AttentionAnalysis.Analyse(
            entry, graph, AttentionParameters.FromCoupling(coupling, 1.5), Seed);

        output.WriteLine($"{name}: exact {exact}; numeric {numeric}");
        Assert.Equal(exact.GSymmetric, numeric.GSymmetric);
        Assert.Equal(exact.Eq19Identical, numeric.Eq19Agrees);
        Assert.True(numeric.CSymmetric);
        Assert.True(numeric.GradientConsistent);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void MidpointRules_ConserveEveryCertifiedCharge(string name)
    {
        // W = diag(1/2, 1/2, 1, 1): R_{2,1} and R_{4,3} commute with every M_k of the defaults
        var entry = RegistryCases.Entry(name);
        var graph = GraphGenerators.Cycle(5);
        var parameters = AttentionParameters.FromCoupling(Coupling.Diagonal(0.5, 0.5, 1.0, 1.0));
        var certificate = Theorem1Certificate.Create(entry, graph, parameters, Seed);
        var runs = ChargeCheck.Run(
            entry, graph, parameters, 1.0, UniformGrid.Between(0.0, 0.1, 0.01),
            ChargeCheck.InitialState(5, 4, Seed));

        Assert.Equal(["Q1", "Q6"], certificate.Rotations.Where(r => r.Holds).Select(r => r.Rotation.Label));
        foreach (var run in runs.Where(r => r.KeepsCommutingCharges))
        {
            var words = run.Charges.Select(c => $"{c.Label} {c.Verdict.Word}");
            output.WriteLine($"{name} {run.Method}: {string.Join("; ", words)}");
            Assert.True(run.Keeps, $"{name} {run.Method}: {run.Failure}");
        }
    }
}
