using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Mvc;

/// <summary>
/// The pages whose rendering costs megabytes or tens of milliseconds (search, a township's whole catalogue, its workbook
/// and comparison) run a bounded number at a time, so a crowd queues instead of exhausting memory (docs/performance.md).
/// </summary>
public class HeavyPageLimitTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Theory]
    [InlineData("Search", "Index")]
    [InlineData("Grassroots", "Catalogue")]
    [InlineData("Grassroots", "CatalogueWorkbook")]
    [InlineData("Grassroots", "CatalogueDiff")]
    public void Endpoint_ExpensivePage_RunsUnderTheHeavyPageLimit(string controller, string action)
    {
        var policy = Endpoint(controller, action).Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;

        Assert.Equal(DependencyInjection.HeavyPageLimit, policy);
    }

    [Theory]
    [InlineData("Disclosure", "Document")]
    [InlineData("Disclosure", "Column")]
    public void Endpoint_CheapPage_IsNotLimited(string controller, string action) =>
        Assert.Null(Endpoint(controller, action).Metadata.GetMetadata<EnableRateLimitingAttribute>());

    [Fact]
    public async Task Get_SearchUnderTheLimit_IsServed()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/search?q=%E4%BD%8E%E4%BF%9D");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private Microsoft.AspNetCore.Http.Endpoint Endpoint(string controller, string action)
    {
        using var client = factory.CreateClient();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Single(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } d && d.ControllerName == controller && d.ActionName == action);
    }
}
