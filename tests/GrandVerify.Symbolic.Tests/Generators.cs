using FsCheck;
using FsCheck.Fluent;
using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>Generators of expression trees and points, with structural shrinking.</summary>
public static class Generators
{
    public static readonly string[] Variables = ["x", "y", "z"];

    public static readonly string[] SmoothFunctions =
        ["exp", "tanh", "sigmoid", "sqrt", "log", "g"];

    /// <summary>g^(k)(u) = sin(u + k pi/2): a numeric model of the opaque g and its
    /// derivatives.</summary>
    public static readonly OpaqueFunction SineModel = (_, k, u) => Math.Sin(u + k * Math.PI / 2);

    /// <summary>Trees over x, y, z with small rationals, + - * /, powers -2..3 and the given
    /// functions (none for the rational-function generator).</summary>
    public static Arbitrary<ExprTree> Trees(string[] functions, int maxDepth = 4) =>
        Arb.From(Gen.Sized(size =>
            Tree(Math.Min(maxDepth, 1 + size / 20), functions)), t => t.Shrink());

    /// <summary>Points (x, y, z) in [-2, 2]^3 on a 1/64 grid (exact in binary).</summary>
    public static Arbitrary<double[]> Points() =>
        Arb.From(Gen.ArrayOf(Gen.Choose(-128, 128).Select(k => k / 64.0), 3));

    public static Dictionary<Symbol, double> Values(double[] point) =>
        Variables.Select((v, i) =>
            (Symbol.FromText(v), point[i])).ToDictionary(p => p.Item1, p => p.Item2);

    private static Gen<ExprTree> Tree(int depth, string[] functions)
    {
        var leaf = Gen.OneOf(
            Gen.Elements(Variables).Select(v => (ExprTree)new VarTree(v)),
            Gen.Zip(Gen.Choose(-3, 3), Gen.Choose(1, 3)).Select(t =>
                (ExprTree)new NumTree(t.Item1, t.Item2)));
        if (depth <= 0)
        {
            return leaf;
        }

        var sub = Tree(depth - 1, functions);
        var options = new List<(int, Gen<ExprTree>)>
        {
            (3, leaf),
            (4, Gen.Zip(Gen.Elements('+', '-', '*', '/'), Gen.Zip(sub, sub))
                .Select(t => (ExprTree)new BinaryTree(t.Item1, t.Item2.Item1, t.Item2.Item2))),
            (1, Gen.Zip(sub, Gen.Choose(-2, 3)).Select(t =>
                (ExprTree)new PowTree(t.Item1, t.Item2))),
        };
        if (functions.Length > 0)
        {
            options.Add((2, Gen.Zip(Gen.Elements(functions), sub)
                .Select(t => (ExprTree)new FunctionTree(t.Item1, t.Item2))));
        }

        return Gen.Frequency(options.ToArray());
    }
}
