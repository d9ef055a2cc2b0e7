using GrandVerify.Numerics.Model;
using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Invariants;

/// <summary>
/// The charge (31) Q_R(y) = sum_i p_i^T R x_i = -1/2 y^T (J (x) R) y of a skew d x d matrix R,
/// conserved by (30) when [W, R] = 0 (Theorem 1).
/// </summary>
public sealed class Charge
{
    private readonly Matrix<double> r;

    public Charge(Matrix<double> r, string label = "Q")
    {
        ArgumentNullException.ThrowIfNull(r);
        SkewMatrix.Check(r, r.RowCount, nameof(r));
        this.r = r.Clone();
        Label = label;
    }

    /// <summary>Label, e.g. "Q1".</summary>
    public string Label { get; }

    /// <summary>d.</summary>
    public int Dimension => r.RowCount;

    /// <summary>R (a copy).</summary>
    public Matrix<double> R => r.Clone();

    /// <summary>Q_R(y) = sum_i p_i^T R x_i   (31).</summary>
    public double Evaluate(StateLayout layout, Vector<double> y)
    {
        ArgumentNullException.ThrowIfNull(layout);
        layout.CheckState(y, nameof(y));
        if (layout.Dimension != Dimension)
        {
            throw new ArgumentException(
                $"R is {Dimension}x{Dimension} but the state has d = {layout.Dimension}");
        }

        var q = 0.0;
        for (var i = 0; i < layout.Nodes; i++)
        {
            for (var a = 0; a < Dimension; a++)
            {
                // p_i[a] (R x_i)[a]
                var rx = 0.0;
                for (var b = 0; b < Dimension; b++)
                {
                    rx += r[a, b] * y[layout.XIndex(i, b)];
                }

                q += y[layout.PIndex(i, a)] * rx;
            }
        }

        return q;
    }

    /// <summary>J (x) R = [[0, I_n (x) R], [-I_n (x) R, 0]], a 2nd x 2nd matrix.</summary>
    public Matrix<double> SymplecticForm(int nodes)
    {
        var nd = nodes * Dimension;
        var form = Matrix<double>.Build.Dense(2 * nd, 2 * nd);
        for (var i = 0; i < nodes; i++)
        {
            form.SetSubMatrix(i * Dimension, nd + (i * Dimension), r);
            form.SetSubMatrix(nd + (i * Dimension), i * Dimension, -r);
        }

        return form;
    }

    /// <summary>I_n (x) R, an nd x nd block-diagonal matrix.</summary>
    public Matrix<double> BlockDiagonal(int nodes)
    {
        var nd = nodes * Dimension;
        var block = Matrix<double>.Build.Dense(nd, nd);
        for (var i = 0; i < nodes; i++)
        {
            block.SetSubMatrix(i * Dimension, i * Dimension, r);
        }

        return block;
    }
}
