using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Dashboard;

/// <summary>The 工作台 shows the work, each entry linking to its item. Today is 2026-11-27 (TestClock).</summary>
public class WorkbenchPageTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<(int Id, string Number)> SeedRequestAsync(string organisation, string received, int sequence)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisationId = await db.Organisations.Where(o => o.Slug == organisation).Select(o => o.Id).SingleAsync();
        var day = DateOnly.ParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var request = new DisclosureRequest(
            RequestNumber.Format(day, sequence), organisationId,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "140525199001011235", "13812341234", null, null),
            new RequestedInformation("某村2026年低保名单", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, day);
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return (request.Id, request.Number);
    }

    private async Task DescribeAsync(int documentId, InterpretationForm form)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var document = await db.Documents.SingleAsync(d => d.Id == documentId);
        document.DescribeInterpretation(form, InterpretationChannels.None, null);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Get_UnitHeadWorkbench_ListsTheUnitsDocumentsAwaitingSignOffOnly()
    {
        var mine = await factory.SeedDocumentAsync("chuandi", ColumnPaths.StatutoryOther, DocumentStatus.AwaitingUnitApproval, d => d.WithTitle("川底镇待单位审核的信息"));
        var other = await factory.SeedDocumentAsync("bagong", ColumnPaths.StatutoryOther, DocumentStatus.AwaitingUnitApproval, d => d.WithTitle("巴公镇待单位审核的信息"));
        var head = await factory.UnitHeadAsync("wb-head", "chuandi");

        var response = await head.GetAsync("/admin");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"#awaiting ~ ul a[href='/admin/documents/details/{mine}']"));
        Assert.Null(page.QuerySelector($"a[href='/admin/documents/details/{other}']"));
        Assert.NotNull(page.QuerySelector("a[href='/admin/unitreview']"));
        Assert.Null(page.QuerySelector("#overdue"));
    }

    [Fact]
    public async Task Get_ClerkWorkbench_ListsOverdueCaseReturnedDocumentAndRatioWarningWithLinks()
    {
        var overdue = await SeedRequestAsync("dayang", "2026-10-28", 71);
        var soon = await SeedRequestAsync("dayang", "2026-11-05", 72);
        var other = await SeedRequestAsync("bagong", "2026-10-28", 73);
        var returned = await factory.SeedDocumentAsync("dayang", ColumnPaths.StatutoryOther, DocumentStatus.Returned, d => d.WithTitle("大阳镇退回的信息"));
        var qa = await factory.SeedDocumentAsync("dayang", ColumnPaths.PolicyInterpretations, DocumentStatus.Published, d => d.WithTitle("大阳镇问答式解读"));
        await DescribeAsync(qa, InterpretationForm.QuestionsAndAnswers);
        var clerk = await factory.ClerkAsync("wb-clerk", "dayang");

        var response = await clerk.GetAsync("/admin");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var overdueRow = page.QuerySelector($"a[href='/admin/disclosurerequests/details/{overdue.Id}']")?.Closest("tr");
        Assert.NotNull(overdueRow);
        Assert.Contains("已超期", overdueRow.TextContent);
        Assert.Contains("2026-11-25", overdueRow.TextContent);
        var soonRow = page.QuerySelector($"a[href='/admin/disclosurerequests/details/{soon.Id}']")?.Closest("tr");
        Assert.NotNull(soonRow);
        Assert.Contains("即将到期", soonRow.TextContent);
        Assert.Contains("2026-12-03", soonRow.TextContent);
        Assert.DoesNotContain(other.Number, page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector($"#returned ~ ul a[href='/admin/documents/details/{returned}']"));
        var warning = page.QuerySelector("#interpretation-warning");
        Assert.NotNull(warning);
        Assert.Contains("问答", warning.TextContent);
    }

    [Fact]
    public async Task Get_CountyWorkbench_ListsSubmittedDocumentsAndOverdueCasesCountyWide()
    {
        var gaodu = await SeedRequestAsync("gaodu", "2026-10-27", 81);
        var jyj = await SeedRequestAsync("jyj", "2026-10-28", 82);
        var submitted = await factory.SeedDocumentAsync("jincun", ColumnPaths.StatutoryOther, DocumentStatus.Submitted, d => d.WithTitle("金村镇待审核的信息"));
        var reviewer = await factory.ReviewerAsync("wb-reviewer");

        var response = await reviewer.GetAsync("/admin");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var overdue = page.QuerySelector("#overdue")!.NextElementSibling!;
        Assert.NotNull(overdue.QuerySelector($"a[href='/admin/disclosurerequests/details/{gaodu.Id}']"));
        Assert.NotNull(overdue.QuerySelector($"a[href='/admin/disclosurerequests/details/{jyj.Id}']"));
        Assert.Contains("泽州县教育局", overdue.TextContent);
        var documents = page.QuerySelector("#documents")!.NextElementSibling!;
        Assert.NotNull(documents.QuerySelector($"a[href='/admin/documents/details/{submitted}']"));
    }

    [Fact]
    public async Task Get_AdministratorWorkbench_Returns200()
    {
        var administrator = await factory.AdministratorAsync("wb-admin");

        var response = await administrator.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
