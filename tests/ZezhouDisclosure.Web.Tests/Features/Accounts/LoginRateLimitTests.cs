using System.Net;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

/// <summary>A portal whose sign-in limit is 3 per minute per address.</summary>
public sealed class LowLoginLimitFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:LoginAttemptsPerMinute"] = "3" };
}

public class LoginRateLimitTests(LowLoginLimitFactory factory) : IClassFixture<LowLoginLimitFactory>
{
    [Fact]
    public async Task Login_MoreAttemptsThanTheLimit_Returns429WithRetryAfter()
    {
        var client = factory.CreateBrowserClient();
        var token = (await HtmlForms.GetAsync(client, "/account/login")).Token;
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await HtmlForms.PostAsync(client, "/account/login", token, new() { ["UserName"] = "guess", ["Password"] = "Guess-Password-" + i });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("60", last!.Headers.GetValues("Retry-After").Single());
    }
}
