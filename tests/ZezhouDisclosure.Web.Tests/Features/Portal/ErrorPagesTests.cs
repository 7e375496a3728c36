using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Configuration;

namespace ZezhouDisclosure.Web.Tests.Features.Portal;

/// <summary>A portal with one address that always fails, to see what a citizen gets when something breaks.</summary>
public sealed class FailingPortalFactory : ZezhouWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingEndpoint>());
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/__fail", failing => failing.Run(_ => throw new InvalidOperationException("Simulated failure with a secret path /etc/zezhou")));
        };
    }
}

public class ErrorPagesTests(FailingPortalFactory factory) : IClassFixture<FailingPortalFactory>
{
    [Fact]
    public async Task UnhandledException_ShowsChinese500WithCorrelationIdAndNoDetails()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/__fail");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("服务器内部错误", html);
        Assert.Matches("错误编号：<code>[0-9a-f]{32}</code>", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("/etc/zezhou", html);
        Assert.DoesNotContain("at Microsoft.", html);
    }

    [Theory]
    [InlineData("/error/0")]
    [InlineData("/error/-1")]
    [InlineData("/error/500")]
    [InlineData("/error/2147483647")]
    [InlineData("/error")]
    public async Task ErrorAddress_AskedForDirectly_Is404NotA5xx(string path)
    {
        var response = await factory.CreateBrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MissingPage_ReExecutedErrorPage_KeepsItsStatus()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/no-such-page-at-all");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>A portal started without the footer identifiers a government site must carry.</summary>
public sealed class MissingFooterFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:Site:IcpNumber"] = "" };
}

public class StartupValidationTests(MissingFooterFactory factory) : IClassFixture<MissingFooterFactory>
{
    [Fact]
    public void Start_WithoutIcpNumber_FailsNamingTheSetting()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Portal:Site:IcpNumber", exception.Message);
        Assert.Equal(typeof(SiteOptions), exception.OptionsType);
    }
}
