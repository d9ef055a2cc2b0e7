using GrandVerify.Numerics.Attention;

namespace GrandVerify.Numerics.Tests.Attention;

public sealed class AttentionCatalogTests
{
    [Fact]
    public void Names_ListTheBuiltIns()
    {
        Assert.Equal(["softmax", "identity", "exp", "sigmoid", "tanh", "relu"], AttentionCatalog.Names);
    }

    [Theory]
    [InlineData("softmax", typeof(PaperSoftmax))]
    [InlineData("SIGMOID", typeof(SigmoidAttention))]
    [InlineData(" relu ", typeof(ReluAttention))]
    public void Get_FindsByNameIgnoringCase(string name, Type type)
    {
        Assert.IsType(type, AttentionCatalog.Get(name));
    }

    [Fact]
    public void Get_UnknownName_ListsKnownNames()
    {
        var e = Assert.Throws<ArgumentException>(() => AttentionCatalog.Get("gelu"));

        Assert.Contains("'gelu'", e.Message, StringComparison.Ordinal);
        Assert.Contains("softmax, identity, exp, sigmoid, tanh, relu", e.Message, StringComparison.Ordinal);
        Assert.False(AttentionCatalog.TryGet("gelu", out _));
    }
}
