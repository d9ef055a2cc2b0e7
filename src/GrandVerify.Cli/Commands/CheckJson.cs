using System.Text.Json;
using System.Text.Json.Nodes;
using GrandVerify.Statements.Attentions;

namespace GrandVerify.Cli.Commands;

/// <summary>The verdicts of <c>grandverify check --format json</c> as one JSON object.</summary>
internal static class CheckJson
{
    public static string Write(AttentionCheck check)
    {
        var (n, e) = (check.Numeric, check.Exact);
        var json = new JsonObject
        {
            ["attention"] = check.Entry.Name,
            ["formula"] = check.Entry.Formula,
            ["force"] = check.Entry.Force == AttentionForceKind.Eq19 ? "eq19" : "exact-gradient",
            ["graph"] = new JsonObject
            {
                ["name"] = check.Graph.SourceName,
                ["nodes"] = check.Graph.NodeCount,
                ["edges"] = check.Graph.EdgeCount,
            },
            ["W"] = check.Parameters.Coupling.ToString(),
            ["eps"] = check.Eps,
            ["h"] = check.Grid.H,
            ["T"] = check.Grid.End,
            ["gSymmetric"] = n.GSymmetric,
            ["gAsymmetry"] = n.GAsymmetry,
            ["exactCSymmetric"] = n.CSymmetric,
            ["cAsymmetry"] = n.CAsymmetry,
            ["gradientError"] = n.GradientError,
            ["eq19Agrees"] = n.Eq19Agrees,
            ["eq19Difference"] = n.Eq19Difference,
            ["exact"] = new JsonObject
            {
                ["nodes"] = e.Nodes,
                ["dimension"] = e.Dimension,
                ["gSymmetric"] = e.GSymmetric,
                ["ownScoreOnly"] = e.OwnScoreOnly,
                ["eq19Identical"] = e.Eq19Identical,
                ["certificateIdentity"] = e.CertificateIdentity,
            },
            ["invariants"] = new JsonArray([.. n.InvariantLabels.Select(l => JsonValue.Create(l))]),
            ["invariantRotationDimension"] = n.InvariantRotations.Count,
            ["commutantDimensionOfW"] = n.CommutantOfW,
            ["certificate"] = new JsonObject
            {
                ["identity"] = check.Certificate.Identity,
                ["identityVerified"] = check.Certificate.IdentityVerified,
                ["verdict"] = check.Certificate.Verdict,
                ["rotations"] = new JsonArray([.. check.Certificate.Rotations.Select(r => new JsonObject
                {
                    ["charge"] = r.Rotation.Label,
                    ["a"] = r.Rotation.A,
                    ["b"] = r.Rotation.B,
                    ["holds"] = r.Holds,
                    ["reason"] = r.Reason,
                })]),
            },
            ["conservedCharges"] = new JsonArray([.. check.ConservedCharges.Select(c => JsonValue.Create(c))]),
            ["integrators"] = new JsonArray([.. check.Runs.Select(Run)]),
            ["passed"] = check.Passed,
            ["numericalFailure"] = check.MidpointFailure,
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Run(IntegratorCharges run) => new()
    {
        ["method"] = run.Method,
        ["keepsCommutingCharges"] = run.KeepsCommutingCharges,
        ["failure"] = run.Failure,
        ["charges"] = new JsonArray([.. run.Charges.Select(c => new JsonObject
        {
            ["charge"] = c.Label,
            ["shouldConserve"] = c.ShouldConserve,
            ["maxChange"] = c.Verdict.MaxDeviation,
            ["bound"] = c.Verdict.Bound,
            ["verdict"] = c.Verdict.Word,
        })]),
    };
}
