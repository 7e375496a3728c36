using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Domain.Tests.Common;

public class WidthFoldingTests
{
    [Theory]
    [InlineData("ＬＹ２０２６１２０２０００１", "LY202612020001")]
    [InlineData("①②", "12")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_FullWidthAndCompatibilityForms_BecomePlain(string? typed, string folded) =>
        Assert.Equal(folded, WidthFolding.Fold(typed));

    [Fact]
    public void Fold_InvalidCodePoints_AreDroppedInsteadOfThrowing()
    {
        // Built here, not as theory data: xunit serialises theory arguments and turns a lone surrogate into U+FFFD.
        string[] typed =
        [
            "LY" + '\uD800' + "202612020001",      // a lone high surrogate
            "LY202612020001" + '\uDC00',           // a lone low surrogate
            "\uFFFELY202612020001\uFFFF",          // noncharacters
            "LY2026\uFDD012020001",                // a noncharacter of the U+FDD0 block
        ];

        Assert.All(typed, t => Assert.Equal("LY202612020001", WidthFolding.Fold(t)));
    }

    [Fact]
    public void MessageNumber_HostileInput_IsNotValid_AndDoesNotThrow()
    {
        var normalised = MessageNumber.Normalise("\uFFFE\uFFFF\uD800");

        Assert.False(MessageNumber.IsValid(normalised));
    }
}
