using GrandVerify.Numerics.Attention;
using GrandVerify.Numerics.Graphs;
using GrandVerify.Numerics.Integrators;
using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Experiments;

/// <summary>
/// The experiment of Section 6: complete graph on n = 3 nodes, d = 4, x_1(0) = (0,1,1,1),
/// x_2(0) = x_3(0) = (1,1,1,1), p(0) = 0, t in [0, 1], h = 1/50, eps = 0.1, softmax as printed,
/// W1 = 1e-3 I_4 and W2 = diag(1e-3, 1e-3, 1, 1), forward Euler and the modified midpoint rule.
/// eps, h and T can be overridden.
/// </summary>
public static class Section6
{
    /// <summary>n.</summary>
    public const int Nodes = 3;

    /// <summary>d.</summary>
    public const int Dimension = 4;

    /// <summary>eps.</summary>
    public const double Eps = 0.1;

    /// <summary>h = 1/50.</summary>
    public const double H = 1.0 / 50.0;

    /// <summary>Final time T (t0 = 0).</summary>
    public const double T = 1.0;

    /// <summary>W1 = 1e-3 I_4: commutes with all of so(4).</summary>
    public static Coupling W1 => Coupling.Scalar(1e-3, Dimension);

    /// <summary>W2 = diag(1e-3, 1e-3, 1, 1): commutes with R_{2,1} and R_{4,3} only.</summary>
    public static Coupling W2 => Coupling.Diagonal(1e-3, 1e-3, 1.0, 1.0);

    /// <summary>(W1, W2) with their labels.</summary>
    public static IReadOnlyList<LabelledCoupling> Couplings => [new("W1", W1), new("W2", W2)];

    /// <summary>Forward Euler and the modified midpoint rule, in the paper's order.</summary>
    public static IReadOnlyList<IIntegrator> Methods =>
        [new ForwardEuler(), new ModifiedMidpoint()];

    /// <summary>K_3, unweighted.</summary>
    public static Graph Graph => GraphGenerators.Complete(Nodes);

    /// <summary>y(0): x_1 = (0,1,1,1), x_2 = x_3 = (1,1,1,1), p = 0.</summary>
    public static Vector<double> InitialState()
    {
        var layout = new StateLayout(Nodes, Dimension);
        double[][] x = [[0, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]];
        double[][] p = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];
        return layout.Pack(x, p);
    }

    /// <summary>The run for one coupling and method, labelled "{label}-{method}".</summary>
    public static Experiment Create(
        LabelledCoupling coupling,
        IIntegrator method,
        double eps = Eps,
        double h = H,
        double tEnd = T)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(method);
        return new Experiment(
            Graph, coupling.W, new PaperSoftmax(), method, eps, UniformGrid.Between(0.0, tEnd, h),
            InitialState())
        {
            Label = $"{coupling.Label}-{method.Name}",
        };
    }

    /// <summary>All four runs (W1, W2) x (forward Euler, modified midpoint).</summary>
    public static IReadOnlyList<Experiment> All(double eps = Eps, double h = H, double tEnd = T) =>
        [.. Couplings.SelectMany(w => Methods.Select(m => Create(w, m, eps, h, tEnd)))];
}
