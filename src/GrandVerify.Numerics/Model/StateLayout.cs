using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Model;

/// <summary>
/// Layout of the state y = (x_1, ..., x_n, p_1, ..., p_n) of (30), x_i, p_i in R^d:
/// x_i[a] sits at i d + a and p_i[a] at n d + i d + a; the length is 2 n d.
/// </summary>
public sealed class StateLayout
{
    public StateLayout(int nodes, int dimension)
    {
        if (nodes < 1 || dimension < 1)
        {
            throw new ArgumentException(
                $"state needs n >= 1 nodes and d >= 1 features, got n = {nodes}, d = {dimension}");
        }

        Nodes = nodes;
        Dimension = dimension;
    }

    /// <summary>n.</summary>
    public int Nodes { get; }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>n d, the length of the x block (and of the p block).</summary>
    public int BlockSize => Nodes * Dimension;

    /// <summary>2 n d.</summary>
    public int Size => 2 * BlockSize;

    /// <summary>Index of x_i[a] in y.</summary>
    public int XIndex(int i, int a) => (i * Dimension) + a;

    /// <summary>Index of p_i[a] in y.</summary>
    public int PIndex(int i, int a) => BlockSize + (i * Dimension) + a;

    /// <summary>The x block (x_1, ..., x_n), a copy of length n d.</summary>
    public Vector<double> Positions(Vector<double> y) => y.SubVector(0, BlockSize);

    /// <summary>The p block (p_1, ..., p_n), a copy of length n d.</summary>
    public Vector<double> Momenta(Vector<double> y) => y.SubVector(BlockSize, BlockSize);

    /// <summary>x_i, a copy.</summary>
    public Vector<double> X(Vector<double> y, int i) => y.SubVector(XIndex(i, 0), Dimension);

    /// <summary>p_i, a copy.</summary>
    public Vector<double> P(Vector<double> y, int i) => y.SubVector(PIndex(i, 0), Dimension);

    /// <summary>y from the rows of n x d matrices of positions and momenta.</summary>
    public Vector<double> Pack(Matrix<double> x, Matrix<double> p)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(p);
        CheckShape(x, nameof(x));
        CheckShape(p, nameof(p));
        var y = Vector<double>.Build.Dense(Size);
        for (var i = 0; i < Nodes; i++)
        {
            for (var a = 0; a < Dimension; a++)
            {
                y[XIndex(i, a)] = x[i, a];
                y[PIndex(i, a)] = p[i, a];
            }
        }

        return y;
    }

    /// <summary>y from jagged arrays x[i][a], p[i][a].</summary>
    public Vector<double> Pack(double[][] x, double[][] p) =>
        Pack(Matrix<double>.Build.DenseOfRowArrays(x), Matrix<double>.Build.DenseOfRowArrays(p));

    /// <summary>Checks that y has length 2 n d.</summary>
    public void CheckState(Vector<double> y, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(y, parameterName);
        if (y.Count != Size)
        {
            throw new ArgumentException(
                $"state must have length 2 n d = {Size} (n = {Nodes}, d = {Dimension}), " +
                $"got {y.Count}",
                parameterName);
        }
    }

    private void CheckShape(Matrix<double> m, string name)
    {
        if (m.RowCount != Nodes || m.ColumnCount != Dimension)
        {
            throw new ArgumentException(
                $"{name} must be {Nodes}x{Dimension}, got {m.RowCount}x{m.ColumnCount}", name);
        }
    }
}
