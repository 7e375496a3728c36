using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.ReferenceData;

public class ReferenceDataControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<Dictionary<string, string>> OrganisationFieldsAsync(string slug, string indexCode)
    {
        var organisation = await factory.QueryAsync(db => db.Organisations.SingleAsync(o => o.Slug == slug));
        return new()
        {
            ["Version"] = organisation.Version.ToString(CultureInfo.InvariantCulture),
            ["Name"] = organisation.Name,
            ["IndexCode"] = indexCode,
            ["Address"] = "泽州县某路1号",
            ["Phone"] = "0356-7654321",
            ["OfficeHours"] = "工作日 8:30—17:30",
            ["SortOrder"] = "5",
        };
    }

    [Fact]
    public async Task EditOrganisation_NewIndexCode_IsUsedByTheNextApprovalOnly()
    {
        var admin = await factory.SignedInAsync("refdata-admin", Roles.Administrator);
        var reviewer = await factory.SignedInAsync("refdata-reviewer", Roles.Reviewer);
        var id = await factory.OrganisationIdAsync("xiacun");
        var before = await factory.SeedDocumentAsync("xiacun", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        var pending = await factory.SeedDocumentAsync("xiacun", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);

        var saved = await HtmlForms.SubmitAsync(admin, $"/admin/referencedata/editorganisation/{id}", $"/admin/referencedata/editorganisation/{id}",
            await OrganisationFieldsAsync("xiacun", "11140525MB0000001X"));
        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{pending}", $"/admin/review/approve/{pending}",
            new() { ["version"] = (await factory.VersionOfAsync(pending)).ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("140525101/2026-00001", await factory.QueryAsync(db => db.Documents.Where(d => d.Id == before).Select(d => d.IndexNumber).SingleAsync()));
        Assert.Equal("11140525MB0000001X/2026-00002", await factory.QueryAsync(db => db.Documents.Where(d => d.Id == pending).Select(d => d.IndexNumber).SingleAsync()));
        Assert.Contains("泽州县某路1号", await factory.CreateBrowserClient().GetStringAsync("/xxgk/jg/xiacun"));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "organisation.update" && a.UserName == "refdata-admin")));
    }

    [Theory]
    [InlineData("140525107", "已被其他单位使用")]
    [InlineData("带中文/斜杠", "只能包含数字、字母和连字符")]
    [InlineData("", "请填写索引号机构代码")]
    public async Task EditOrganisation_BadIndexCode_Returns400AndChangesNothing(string code, string expected)
    {
        var admin = await factory.SignedInAsync("refdata-admin2", Roles.Administrator);
        var id = await factory.OrganisationIdAsync("nancun");

        var response = await HtmlForms.SubmitAsync(admin, $"/admin/referencedata/editorganisation/{id}", $"/admin/referencedata/editorganisation/{id}",
            await OrganisationFieldsAsync("nancun", code));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal("140525100", await factory.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IndexCode).SingleAsync()));
    }

    [Fact]
    public async Task EditColumn_Rename_ShowsOnThePublicSiteUnderTheSamePath()
    {
        var admin = await factory.SignedInAsync("refdata-admin3", Roles.Administrator);
        var id = await factory.ColumnIdAsync(ColumnPaths.StatutoryStatistics);
        var version = await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var response = await HtmlForms.SubmitAsync(admin, $"/admin/referencedata/editcolumn/{id}", $"/admin/referencedata/editcolumn/{id}", new()
        {
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Name"] = "统计数据",
            ["Description"] = "国民经济和社会发展统计信息。",
            ["LegalBasis"] = "条例第二十条第（四）项",
            ["SortOrder"] = "8",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<h1>统计数据</h1>", await factory.CreateBrowserClient().GetStringAsync("/xxgk/fdzdgknr/tjxx"));
    }

    [Fact]
    public async Task Get_ReferenceDataAsReviewer_IsDenied()
    {
        var reviewer = await factory.SignedInAsync("refdata-reviewer2", Roles.Reviewer);

        var response = await reviewer.GetAsync("/admin/referencedata");

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
    }
}
