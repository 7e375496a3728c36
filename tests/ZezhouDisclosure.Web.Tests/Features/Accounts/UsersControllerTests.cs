using System.Net;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

public class UsersControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public async Task Create_ClerkWithStrongPassword_CanSignIn()
    {
        var admin = await factory.AdministratorAsync("users-admin");

        var response = await HtmlForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "new-clerk",
            ["DisplayName"] = "新信息员",
            ["Password"] = "Strong-Pass-2026x",
            ["Role"] = Roles.Clerk,
            ["OrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var client = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(client, "new-clerk", "Strong-Pass-2026x");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("新信息员", await admin.GetStringAsync("/admin/users"));
    }

    [Theory]
    [InlineData("short1A!", "密码至少需要12个字符")]
    [InlineData("alllowercaseletters", "至少三类")]
    [InlineData("Password123!", "过于常见")]
    public async Task Create_WeakPassword_Returns400WithChineseReason(string password, string expected)
    {
        var admin = await factory.AdministratorAsync("users-admin");

        var response = await HtmlForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "weak-" + Guid.NewGuid().ToString("N")[..6],
            ["DisplayName"] = "弱密码",
            ["Password"] = password,
            ["Role"] = Roles.Reviewer,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_ClerkWithoutOrganisation_Returns400()
    {
        var admin = await factory.AdministratorAsync("users-admin");

        var response = await HtmlForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "orphan-clerk",
            ["DisplayName"] = "无单位",
            ["Password"] = "Strong-Pass-2026x",
            ["Role"] = Roles.Clerk,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("信息员必须绑定所属单位。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UsersAsClerk_IsDenied()
    {
        await factory.CreateClerkAsync("users-clerk", "gaodu");
        var clerk = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(clerk, "users-clerk");

        var response = await clerk.GetAsync("/admin/users");

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
    }
}
