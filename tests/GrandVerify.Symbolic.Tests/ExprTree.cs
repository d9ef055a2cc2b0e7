using GrandVerify.Symbolic;

namespace GrandVerify.Symbolic.Tests;

/// <summary>
/// A generated expression as a syntax tree, so that FsCheck can shrink it structurally; the
/// kernel only ever sees <see cref="ToExpr"/>. Arguments of sqrt and log are wrapped as
/// 1 + a^2 so that the real value exists at every point.
/// </summary>
public abstract record ExprTree
{
    public abstract Expr ToExpr();

    /// <summary>Smaller trees for shrinking: children first, then simplified nodes.</summary>
    public abstract IEnumerable<ExprTree> Shrink();
}

public sealed record VarTree(string Name) : ExprTree
{
    public override Expr ToExpr() => Expr.Sym(Name);

    public override IEnumerable<ExprTree> Shrink() => [];

    public override string ToString() => Name;
}

public sealed record NumTree(int P, int Q) : ExprTree
{
    public override Expr ToExpr() => new Rational(P, Q);

    public override IEnumerable<ExprTree> Shrink()
    {
        if (P != 0)
        {
            yield return new NumTree(0, 1);
        }

        if (Q != 1)
        {
            yield return new NumTree(P, 1);
        }
    }

    public override string ToString() => Q == 1 ? $"{P}" : $"({P}/{Q})";
}

public sealed record BinaryTree(char Op, ExprTree A, ExprTree B) : ExprTree
{
    public override Expr ToExpr()
    {
        var a = A.ToExpr();
        var b = B.ToExpr();
        return Op switch
        {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            _ => b.IsZero ? a : a / b,
        };
    }

    public override IEnumerable<ExprTree> Shrink()
    {
        yield return A;
        yield return B;
        foreach (var a in A.Shrink())
        {
            yield return this with { A = a };
        }

        foreach (var b in B.Shrink())
        {
            yield return this with { B = b };
        }
    }

    public override string ToString() => $"({A} {Op} {B})";
}

public sealed record PowTree(ExprTree A, int K) : ExprTree
{
    public override Expr ToExpr()
    {
        var a = A.ToExpr();
        return a.IsZero && K < 0 ? a : a.Pow(K);
    }

    public override IEnumerable<ExprTree> Shrink()
    {
        yield return A;
        if (K != 1 && K != 0)
        {
            yield return this with { K = K > 0 ? K - 1 : K + 1 };
        }

        foreach (var a in A.Shrink())
        {
            yield return this with { A = a };
        }
    }

    public override string ToString() => $"({A})^{K}";
}

/// <summary>A function application; Name is a built-in or the opaque "g".</summary>
public sealed record FunctionTree(string Name, ExprTree A) : ExprTree
{
    public override Expr ToExpr()
    {
        var a = A.ToExpr();
        return Name switch
        {
            "exp" => Expr.Exp(a),
            "tanh" => Expr.Tanh(a),
            "sigmoid" => Expr.Sigmoid(a),
            "sqrt" => Expr.Sqrt(1 + a * a),
            "log" => Expr.Log(1 + a * a),
            "relu" => Expr.Relu(a),
            _ => Expr.Function("g", a),
        };
    }

    public override IEnumerable<ExprTree> Shrink()
    {
        yield return A;
        foreach (var a in A.Shrink())
        {
            yield return this with { A = a };
        }
    }

    public override string ToString() =>
        Name is "sqrt" or "log" ? $"{Name}(1 + ({A})^2)" : $"{Name}({A})";
}
