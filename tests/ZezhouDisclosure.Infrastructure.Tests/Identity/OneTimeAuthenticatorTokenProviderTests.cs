using System.Text;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Infrastructure.Tests.Identity;

public class OneTimeAuthenticatorTokenProviderTests
{
    private static readonly byte[] Rfc6238Secret = Encoding.ASCII.GetBytes("12345678901234567890");

    /// <summary>RFC 6238 appendix B (SHA-1), last six digits.</summary>
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_Rfc6238TestVectors_Match(long unixSeconds, string expected)
    {
        var step = OneTimeAuthenticatorTokenProvider.TimeStepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, OneTimeAuthenticatorTokenProvider.Code(Rfc6238Secret, step));
    }

    [Fact]
    public void Base32_Rfc4648Key_DecodesToTheSecret()
    {
        Assert.Equal(Rfc6238Secret, Base32.Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        Assert.Equal(Rfc6238Secret, Base32.Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}
