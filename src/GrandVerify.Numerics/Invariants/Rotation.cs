using MathNet.Numerics.LinearAlgebra;

namespace GrandVerify.Numerics.Invariants;

/// <summary>
/// A labelled generator R_{a,b} = e_a e_b^T - e_b e_a^T of so(d), a &gt; b (1-based), and its
/// charge label (Q1, Q2, ... in the order of <see cref="RotationBasis.So"/>).
/// </summary>
public sealed record Rotation(string Label, int A, int B, int Dimension)
{
    /// <summary>R_{a,b} as a fresh d x d matrix.</summary>
    public Matrix<double> Matrix()
    {
        var r = Matrix<double>.Build.Dense(Dimension, Dimension);
        r[A - 1, B - 1] = 1.0;
        r[B - 1, A - 1] = -1.0;
        return r;
    }

    /// <summary>The charge Q_R of this generator.</summary>
    public Charge Charge() => new(Matrix(), Label);

    public override string ToString() => $"{Label} = R({A},{B})";
}
