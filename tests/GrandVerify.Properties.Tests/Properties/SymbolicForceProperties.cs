using FsCheck;
using FsCheck.Fluent;
using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Model;
using GrandVerify.Properties.Tests.BrokenModels;
using GrandVerify.Properties.Tests.Checks;
using GrandVerify.Properties.Tests.Generators;
using GrandVerify.Properties.Tests.Infrastructure;
using GrandVerify.Symbolic.Model;
using MathNet.Numerics.LinearAlgebra;
using Xunit.Abstractions;

namespace GrandVerify.Properties.Tests.Properties;

/// <summary>
/// The symbolic model and the numeric model agree: the symbolic C(x) of (19), compiled, equals
/// <see cref="PaperForceModel"/>'s C(x) entrywise to 1e-12 relative; and for an elementwise g
/// the symbolic -1/2 grad U (an independent derivation, by differentiating U) equals the
/// numeric C(x) x. Controls: the W term's sign flipped, and a non-symmetric G.
/// </summary>
public sealed class SymbolicForceProperties(ITestOutputHelper output)
{
    /// <summary>
    /// Relative agreement: both sides evaluate the same closed form with a few dozen
    /// operations in different orders, so they differ by some 100 u ~ 1e-14 of the largest
    /// entry; 1e-12 leaves a factor 100 and is far below any modelling difference.
    /// </summary>
    public const double Tolerance = 1e-12;

    [Fact]
    public void SymbolicC_EqualsNumericC()
    {
        var worst = new WorstCase("symbolic C vs numeric C (relative difference / 1e-12)");
        PropertyRunner.Check("symbolic C equals numeric C", Cases(SymbolicCase.SharedAttentions),
            c =>
            {
                var ratio = ForceMatrixMismatch(c, f => f);
                if (!(ratio <= 1.0))
                {
                    throw new PropertyViolation($"C differs by {ratio:G3} x 1e-12; case {c}");
                }

                worst.Record(ratio, 1.0, c.ToString());
            }, output, worst);
    }

    [Fact]
    public void SymbolicHalfGradient_EqualsNumericForce_ForElementwiseG()
    {
        var worst = new WorstCase("-1/2 grad U (symbolic) vs C x (numeric) / 1e-12");
        PropertyRunner.Check("C x = -1/2 grad U", Cases(["exp", "tanh", "sigmoid"]), c =>
        {
            var ratio = GradientMismatch(c);
            if (!(ratio <= 1.0))
            {
                throw new PropertyViolation($"C x differs by {ratio:G3} x 1e-12; case {c}");
            }

            worst.Record(ratio, 1.0, c.ToString());
        }, output, worst);
    }

    [Fact]
    public void FlippedSignInNumericC_IsCaught()
    {
        PropertyRunner.MustCatch("symbolic C against a flipped W term",
            Cases(SymbolicCase.SharedAttentions).Generator,
            c => ForceMatrixMismatch(c, f => new FlippedSignForceModel(f)) > 1.0, output);
    }

    [Fact]
    public void NonSymmetricNumericG_IsCaught()
    {
        PropertyRunner.MustCatch("symbolic C against a non-symmetric G",
            Cases(SymbolicCase.SharedAttentions).Generator,
            c => ForceMatrixMismatch(c, f => new AsymmetricForceModel(f)) > 1.0, output);
    }

    private static Arbitrary<SymbolicCase> Cases(IReadOnlyList<string> attentions)
    {
        var gen =
            from shape in Gen.Elements(GraphShape.Complete, GraphShape.Path)
            from n in Gen.Choose(2, 4)
            from d in Gen.Choose(1, 3)
            from a in Gen.Elements(attentions.ToArray())
            from weighted in Gen.Elements(false, true)
            from seed in ModelCases.Seeds
            select new SymbolicCase(shape, n, d, a, weighted, seed);
        return Arb.From(gen, c => c.Shrink().Where(s => attentions.Contains(s.Attention)));
    }

    private static double ForceMatrixMismatch(
        SymbolicCase c, Func<IForceModel, IForceModel> numericModel)
    {
        // max |C_sym - C_num| / (1e-12 max |C_num|)
        var (graph, w, x) = c.Build();
        var numeric = numericModel(new PaperForceModel(graph, w, AttentionCatalog.Get(c.Attention)))
            .Assemble(x);
        var symbolic = SymbolicForce.For(c.Nodes, c.Dimension, c.Shape, c.Attention, c.Weighted)
            .ForceMatrix(graph, w, x);
        var difference = (symbolic - numeric).Enumerate().Max(Math.Abs);
        var scale = numeric.Enumerate().Max(Math.Abs);
        return difference == 0.0 ? 0.0 : difference / (Tolerance * scale);
    }

    private static double GradientMismatch(SymbolicCase c)
    {
        // max |(-1/2 grad U)_sym - (C x)_num| / (1e-12 max (|C| |x|))
        var (graph, w, x) = c.Build();
        var model = new PaperForceModel(graph, w, AttentionCatalog.Get(c.Attention));
        var cx = model.Force(x);
        var half = SymbolicForce.For(c.Nodes, c.Dimension, c.Shape, c.Attention, c.Weighted)
            .HalfGradient(graph, w, x);
        var scale = (model.Assemble(x).PointwiseAbs() * x.PointwiseAbs()).Max();
        var difference = (half - cx).AbsoluteMaximum();
        return difference == 0.0 ? 0.0 : difference / (Tolerance * scale);
    }
}
