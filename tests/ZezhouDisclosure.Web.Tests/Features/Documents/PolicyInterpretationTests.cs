using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>“谁起草、谁解读”: a policy goes with its 解读 (or a 不需解读 declaration); both link to each other in public.</summary>
public class PolicyInterpretationTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<string> VersionAsync(int id) => (await factory.VersionOfAsync(id)).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Submit_PolicyWithoutInterpretationOrDeclaration_Returns400()
    {
        var clerk = await factory.SignedInAsync("jd-clerk0", Roles.Clerk, "jincun");
        var policy = await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyDocuments, DocumentStatus.Draft);

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{policy}", $"/admin/documents/submit/{policy}", new() { ["version"] = await VersionAsync(policy) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(SynchronousInterpretation.MissingMessage, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PolicyWithInterpretation_ApprovedTogether_LinkBothWaysInPublicAndCountInTheRatios()
    {
        var clerk = await factory.SignedInAsync("jd-clerk", Roles.Clerk, "jincun");
        var reviewer = await factory.SignedInAsync("jd-reviewer", Roles.Reviewer);
        await factory.SetUnitSignOffAsync("jincun", enabled: false);
        var policy = await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyDocuments, DocumentStatus.Draft, d => d.WithTitle("金村镇农村人居环境整治实施方案"));
        var interpretation = await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyInterpretations, DocumentStatus.Draft, d => d.WithTitle("图解：金村镇农村人居环境整治实施方案"));

        var described = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{interpretation}", $"/admin/documents/describeinterpretation/{interpretation}", new()
        {
            ["Version"] = await VersionAsync(interpretation),
            ["Form"] = "Graphic",
            ["channels"] = "WeChat",
        });
        var linked = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{interpretation}", $"/admin/documents/linkinterpretation/{interpretation}",
            new() { ["policyId"] = policy.ToString(CultureInfo.InvariantCulture) });
        await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{interpretation}", $"/admin/documents/submit/{interpretation}", new() { ["version"] = await VersionAsync(interpretation) });
        var submitted = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{policy}", $"/admin/documents/submit/{policy}", new() { ["version"] = await VersionAsync(policy) });
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{policy}", $"/admin/review/approve/{policy}", new() { ["version"] = await VersionAsync(policy) });

        var policyPage = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{policy}");
        var interpretationPage = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{interpretation}");
        var list = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/xxgk/zcwj");
        var ratios = await HtmlForms.GetAsync(reviewer, "/admin/review/interpretations?year=2026");

        Assert.Equal(HttpStatusCode.Redirect, described.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(DocumentStatus.Published, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == interpretation).Select(d => d.Status).SingleAsync()));
        Assert.NotNull(policyPage.Document.QuerySelector($"#jd a[href='/xxgk/doc/{interpretation}']"));
        Assert.NotNull(policyPage.Document.QuerySelector("a.jd-link[href='#jd']"));
        Assert.NotNull(interpretationPage.Document.QuerySelector($"section.related a[href='/xxgk/doc/{policy}']"));
        Assert.NotNull(list.Document.QuerySelector($"a.jd-link[href='/xxgk/doc/{policy}#jd']"));
        var row = ratios.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("金村镇", StringComparison.Ordinal));
        Assert.Equal(["1", "1", "100.0%", "1", "100.0%"], row.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task Link_AnotherTownshipsDraftPolicy_IsRefused()
    {
        var clerk = await factory.SignedInAsync("jd-clerk2", Roles.Clerk, "jincun");
        var foreignDraft = await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Draft);
        var interpretation = await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyInterpretations, DocumentStatus.Draft);

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{interpretation}", $"/admin/documents/linkinterpretation/{interpretation}",
            new() { ["policyId"] = foreignDraft.ToString(CultureInfo.InvariantCulture) });

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.False(await factory.QueryAsync(db => db.InterpretationLinks.AnyAsync(l => l.InterpretationId == interpretation)));
    }

    [Fact]
    public async Task Details_ShownAgainAfterInvalidInput_StillListsThePolicyCandidates()
    {
        var clerk = await factory.SignedInAsync("jd-clerk3", Roles.Clerk, "jincun");
        var policy = await factory.SeedDocumentAsync("jincun", "xxgk/zcwj", DocumentStatus.Draft, d => d.WithTitle("金村镇秸秆综合利用实施方案"));
        var interpretation = await factory.SeedDocumentAsync("jincun", "xxgk/zcjd", DocumentStatus.Published);
        var candidate = $"#policyId option[value='{policy}']";
        var first = await HtmlForms.GetAsync(clerk, $"/admin/documents/details/{interpretation}");

        // Marked expired without the date it expired on: the validator refuses it and the page is shown again.
        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{interpretation}", $"/admin/documents/validity/{interpretation}", new()
        {
            ["Version"] = await VersionAsync(interpretation),
            ["Validity"] = nameof(DocumentValidity.Expired),
        });
        var again = await HtmlForms.ParseAsync(response);

        Assert.NotNull(first.Document.QuerySelector(candidate));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(again.QuerySelector("#ExpiresOn-error"));
        Assert.NotNull(again.QuerySelector(candidate));
    }

    [Fact]
    public async Task Link_ToADocumentThatIsNoPolicy_ShowsTheDetailsAgainWithTheCandidatesAnd409()
    {
        var clerk = await factory.SignedInAsync("jd-clerk4", Roles.Clerk, "jincun");
        var policy = await factory.SeedDocumentAsync("jincun", "xxgk/zcwj", DocumentStatus.Draft);
        var interpretation = await factory.SeedDocumentAsync("jincun", "xxgk/zcjd", DocumentStatus.Draft);
        var otherInterpretation = await factory.SeedDocumentAsync("jincun", "xxgk/zcjd", DocumentStatus.Draft);

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{interpretation}", $"/admin/documents/linkinterpretation/{interpretation}",
            new() { ["policyId"] = otherInterpretation.ToString(CultureInfo.InvariantCulture) });
        var again = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("只能关联“政策文件”栏目的文件", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(again.QuerySelector($"#policyId option[value='{policy}']"));
        Assert.False(await factory.QueryAsync(db => db.InterpretationLinks.AnyAsync(l => l.InterpretationId == interpretation)));
    }
}
