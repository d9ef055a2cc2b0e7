using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Invariants;
using GrandVerify.Numerics.Model;
using GrandVerify.Symbolic;
using GrandVerify.Symbolic.Blocks;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Statements.Section5;

/// <summary>
/// A concrete numeric case for cross-checks at n = 3, d = 4: the complete graph K_3, tanh
/// attention, the force (19), eps = 1/2, t = 0.3, R = R_{2,1} and a seeded random state y. With
/// <c>commuting</c>, W = diag(alpha I_2, M) (M symmetric), which commutes with R_{2,1}; otherwise
/// W is a random symmetric matrix with [W, R] != 0.
/// </summary>
public sealed class NumericCase
{
    /// <summary>
    /// Relative tolerance of exact matrix identities evaluated in double precision: entries are
    /// O(1)-O(10) in 24 x 24 products, so rounding is about N u |M| ~ 1e-13; 1e-10 keeps a
    /// margin of three orders and is still far below any O(h^2/eps) effect tested here.
    /// </summary>
    public const double RoundingTolerance = 1e-10;

    /// <summary>
    /// Relative tolerance for implicit steps: the fixed point is converged to 1e-13 relative in
    /// y, and Q is bilinear, so a charge carries an error of about 1e-13 |y|^2; against the
    /// one-step changes of size h^2/eps |C| |y|^2 ~ 1e-3 used here, 1e-7 leaves a wide margin.
    /// </summary>
    public const double SolverTolerance = 1e-7;

    /// <summary>Seed of W and y (printed in every detail that uses them).</summary>
    public const int Seed = 20240603;

    private const int Nodes = 3;
    private const int Dim = 4;

    private NumericCase(bool commuting)
    {
        var random = new Random(Seed);
        Commuting = commuting;
        var w = commuting ? CommutingCoupling(random) : GenericCoupling(random);
        var force = new PaperForceModel(GraphGenerators.Complete(Nodes), Coupling.FromMatrix(w),
            AttentionCatalog.Get("tanh"));
        System = new DiffusionSystem(force, Eps);
        Charge = RotationBasis.So(Dim)[0].Charge();
        Y = Vector<double>.Build.Dense(System.Layout.Size, _ => (2.0 * random.NextDouble()) - 1.0);
    }

    /// <summary>[W, R] = 0.</summary>
    public static NumericCase WithCommuting { get; } = new(commuting: true);

    /// <summary>[W, R] != 0 (negative control).</summary>
    public static NumericCase Generic { get; } = new(commuting: false);

    public bool Commuting { get; }

    /// <summary>eps of the case.</summary>
    public double Eps => 0.5;

    /// <summary>t_k of the case.</summary>
    public double T => 0.3;

    public DiffusionSystem System { get; }

    /// <summary>Q for R = R_{2,1}.</summary>
    public Charge Charge { get; }

    /// <summary>The random state y_k.</summary>
    public Vector<double> Y { get; }

    /// <summary>A short description for details.</summary>
    public string Label =>
        $"n = {Nodes}, d = {Dim}, K_3, tanh, eps = {Eps}, t = {T}, R = R_(2,1), "
        + $"{(Commuting ? "[W,R] = 0" : "[W,R] != 0")}, seed {Seed}";

    /// <summary>Q(y).</summary>
    public double Q(Vector<double> y) => Charge.Evaluate(System.Layout, y);

    /// <summary>I_n (x) R.</summary>
    public Matrix<double> Rh => Charge.BlockDiagonal(Nodes);

    /// <summary>J (x) R.</summary>
    public Matrix<double> JR => Charge.SymplecticForm(Nodes);

    /// <summary>sum_i (C(x) x)_i^T R p_i = (C x)^T R^ p at the state y.</summary>
    public double ForceRotationPairing(Vector<double> y)
    {
        var x = System.Layout.Positions(y);
        var p = System.Layout.Momenta(y);
        return (System.AssembleC(y) * x).DotProduct(Rh * p);
    }

    /// <summary>
    /// The block matrix realised at the state <paramref name="at"/>: C = C(x), R^ = I_n (x) R,
    /// S^{-1} = (I + h^2/(4 eps) C)^{-1}, coefficients at (t, eps, h).
    /// </summary>
    public Matrix<double> Evaluate(BlockMatrix m, double t, double h, Vector<double> at)
    {
        var c = System.AssembleC(at);
        var nd = c.RowCount;
        var s = Matrix<double>.Build.DenseIdentity(nd) + (c * (h * h / (4.0 * Eps)));
        var letters = new Dictionary<BlockGenerator, Matrix<double>>
        {
            [BlockGenerator.C] = c,
            [BlockGenerator.Rh] = Rh,
            [BlockGenerator.SInverse] = s.Inverse(),
        };
        var values = new Dictionary<Symbol, double>
        {
            [Symbol.FromText("t")] = t,
            [Symbol.FromText("eps")] = Eps,
            [Symbol.FromText("h")] = h,
        };
        var result = Matrix<double>.Build.Dense(2 * nd, 2 * nd);
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                result.SetSubMatrix(i * nd, j * nd, Element(m[i, j], letters, values, nd));
            }
        }

        return result;
    }

    /// <summary>|a - b| / max(|b|, tiny).</summary>
    public static double Relative(double a, double b) => Math.Abs(a - b) / Math.Max(Math.Abs(b), 1e-300);

    /// <summary>|A - B|_F / max(|B|_F, tiny).</summary>
    public static double Relative(Matrix<double> a, Matrix<double> b) =>
        (a - b).FrobeniusNorm() / Math.Max(b.FrobeniusNorm(), 1e-300);

    private static Matrix<double> Element(
        BlockElement x, Dictionary<BlockGenerator, Matrix<double>> letters,
        Dictionary<Symbol, double> values, int nd)
    {
        var result = Matrix<double>.Build.Dense(nd, nd);
        foreach (var (word, coefficient) in x.Terms)
        {
            var product = Matrix<double>.Build.DenseIdentity(nd);
            foreach (var g in word.Letters)
            {
                product *= letters[g];
            }

            result += product * coefficient.Evaluate(values);
        }

        return result;
    }

    private static Matrix<double> CommutingCoupling(Random random)
    {
        // W = diag(alpha I_2, M): the (1,2)-plane block must be scalar to commute with R_{2,1}
        var w = Matrix<double>.Build.Dense(Dim, Dim);
        var alpha = Uniform(random);
        w[0, 0] = alpha;
        w[1, 1] = alpha;
        var (m11, m12, m22) = (Uniform(random), Uniform(random), Uniform(random));
        w[2, 2] = m11;
        w[2, 3] = m12;
        w[3, 2] = m12;
        w[3, 3] = m22;
        return w;
    }

    private static Matrix<double> GenericCoupling(Random random)
    {
        var w = Matrix<double>.Build.Dense(Dim, Dim, (_, _) => Uniform(random));
        return (w + w.Transpose()) * 0.5;
    }

    private static double Uniform(Random random) => (2.0 * random.NextDouble()) - 1.0;
}
