using System.Net;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Tests.Mvc;

/// <summary>
/// Issue 20 item 5: a returnUrl with Chinese text made Kestrel refuse the Location header (500). TestServer does not
/// check header values, so these tests assert what Kestrel requires: a Location of printable ASCII only.
/// </summary>
public class LocalRedirectsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public void SafeTarget_ChineseSpacesAndControlCharacters_ArePercentEncodedAsUtf8()
    {
        Assert.Equal("/search?q=%E4%BD%8E%E4%BF%9D%20x%00", LocalRedirects.SafeTarget("/search?q=低保 x\0"));
        Assert.Equal("/a%F0%9F%98%80%EF%BF%BD", LocalRedirects.SafeTarget("/a😀\uD800"));
        Assert.Equal("/already%20encoded?x=1", LocalRedirects.SafeTarget("/already%20encoded?x=1"));
    }

    [Fact]
    public async Task ElderToggle_ChineseReturnUrl_RedirectsToTheEncodedLocalAddress()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/prefs/elder?returnUrl=" + Uri.EscapeDataString("/search?q=低保"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Assert.Single(response.Headers.GetValues("Location"));
        Assert.Equal("/search?q=%E4%BD%8E%E4%BF%9D", location);
        Assert.All(location, c => Assert.InRange(c, '!', '~'));
    }

    [Fact]
    public async Task SignIn_ChineseReturnUrl_RedirectsToTheEncodedLocalAddress()
    {
        await factory.CreateUserAsync("return-url", Roles.Reviewer);
        var client = factory.CreateBrowserClient();
        var form = await HtmlForms.GetAsync(client, "/account/login");

        var response = await HtmlForms.PostAsync(client, "/account/login", form.Token, new()
        {
            ["UserName"] = "return-url",
            ["Password"] = ZezhouWebFactory.Password,
            ["ReturnUrl"] = "/admin/documents?q=低保 政策",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/documents?q=%E4%BD%8E%E4%BF%9D%20%E6%94%BF%E7%AD%96", Assert.Single(response.Headers.GetValues("Location")));
    }
}
