namespace GrandVerify.Symbolic.Tests;

/// <summary>Generated substitutions can land on a pole (y := 1/3 in 1/(y - 1/3)); such cases
/// are outside the identity being tested and are skipped.</summary>
public static class Poles
{
    public static bool Of(Func<object> build)
    {
        try
        {
            build();
            return false;
        }
        catch (DivideByZeroException)
        {
            return true;
        }
    }
}
