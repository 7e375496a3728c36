using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>
/// The 依申请公开 procedure screens over HTTP: registration of paper applications, and for each step who may take it
/// (another organisation's clerk 404, a clerk on a head's step 403), the wrong state (409 in Chinese), a stale version
/// (409), and the same person approving what they proposed (409).
/// </summary>
public class DisclosureRequestProcedureTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static int _users;

    private async Task<int> SeedAsync(string organisation, Action<DisclosureRequest>? then = null)
    {
        var organisationId = await factory.OrganisationIdAsync(organisation);
        return await factory.QueryAsync(async db =>
        {
            var day = new DateOnly(2026, 11, 20);
            var sequence = await db.DisclosureRequests.CountAsync(r => r.Number.StartsWith("YSQ20261120")) + 1;
            var request = new DisclosureRequest(
                RequestNumber.Format(day, sequence), organisationId,
                new ApplicantDetails(ApplicantType.NaturalPerson, "赵六", IdDocumentType.Passport, "E98765432", "13912345678", null, "巴公镇 8 号"),
                new RequestedInformation("某道路工程招标文件", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.Post, day);
            request.Accept(day);
            then?.Invoke(request);
            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
    }

    private async Task<(HttpClient Client, string UserName)> ClerkAsync(string organisation)
    {
        var userName = $"proc-clerk-{Interlocked.Increment(ref _users)}";
        await factory.CreateClerkAsync(userName, organisation);
        var client = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(client, userName);
        return (client, userName);
    }

    private async Task<(HttpClient Client, string UserName)> ReviewerAsync()
    {
        var userName = $"proc-head-{Interlocked.Increment(ref _users)}";
        await factory.CreateReviewerAsync(userName);
        var client = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(client, userName);
        return (client, userName);
    }

    private Task<DisclosureRequest> CaseAsync(int id) =>
        factory.QueryAsync(db => db.DisclosureRequests.AsNoTracking().Include(r => r.Consultations).SingleAsync(r => r.Id == id));

    private static async Task<HttpResponseMessage> PostStepAsync(HttpClient client, int id, string step, Dictionary<string, string> fields)
    {
        var page = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/details/{id}");
        return await HtmlForms.PostAsync(client, $"/admin/disclosurerequests/{step}/{id}", page.Token, fields);
    }

    private static Dictionary<string, string> RegisterFields(string idNumber) => new()
    {
        ["SubmissionKey"] = Guid.NewGuid().ToString("N"),
        ["Channel"] = "Post",
        ["ReceivedOn"] = "2026-11-25",
        ["ApplicantType"] = "NaturalPerson",
        ["ApplicantName"] = "钱七",
        ["IdType"] = "ResidentIdCard",
        ["IdNumber"] = idNumber,
        ["Phone"] = "13700001111",
        ["PostalAddress"] = "泽州县巴公镇 3 号",
        ["Description"] = "2026年巴公镇集体土地征收补偿安置方案",
        ["Form"] = "Paper",
        ["ReceivingMethod"] = "Post",
    };

    [Fact]
    public async Task Register_LetterByClerk_ShowsNumberAndCodeOnce_AndTheCaseIsOnTheirList()
    {
        var (client, _) = await ClerkAsync("bagong");
        var form = await HtmlForms.GetAsync(client, "/admin/disclosurerequests/register");
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        Assert.Contains("签收之日", form.Document.QuerySelector("#Channel-hint")!.TextContent);

        var response = await HtmlForms.PostAsync(client, "/admin/disclosurerequests/register", form.Token, RegisterFields("140525199001011235"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await HtmlForms.ParseAsync(response);
        var number = receipt.QuerySelector("#request-number")!.TextContent;
        Assert.StartsWith("YSQ20261127", number);
        Assert.Matches("^[A-Za-z0-9_-]{10,}$", receipt.QuerySelector("#query-code")!.TextContent);
        var request = await factory.QueryAsync(db => db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Number == number));
        Assert.Equal(RequestChannel.Post, request.Channel);
        Assert.Equal(new DateOnly(2026, 11, 25), request.ReceivedOn);
        Assert.Equal(await factory.OrganisationIdAsync("bagong"), request.OrganisationId);
        var list = await HtmlForms.GetAsync(client, "/admin/disclosurerequests");
        Assert.Contains(number, list.Document.Body!.TextContent);
    }

    [Fact]
    public async Task Register_IdCardWithWrongCheckDigit_Returns400WithTheFieldError()
    {
        var (client, _) = await ClerkAsync("bagong");

        var response = await HtmlForms.SubmitAsync(client, "/admin/disclosurerequests/register", "/admin/disclosurerequests/register",
            RegisterFields("140525199001011234"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(response)).QuerySelector("#IdNumber-error"));
    }

    [Fact]
    public async Task Register_ByAReviewer_IsDenied()
    {
        var (client, _) = await ReviewerAsync();

        var response = await client.GetAsync("/admin/disclosurerequests/register");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("propose", "Outcome=Disclosed&Text=予以公开")]
    [InlineData("startconsultation", "Kind=ThirdParty&Party=某公司&StartedOn=2026-11-27")]
    [InlineData("requestextension", "WorkingDays=5&Reason=需检索档案")]
    [InlineData("transfer", "ToOrganisationId=0&Reason=不属于本机关")]
    public async Task Step_ByAnotherOrganisationsClerk_IsNotFound(string step, string query)
    {
        var id = await SeedAsync("gaodu");
        var (other, _) = await ClerkAsync("jyj");
        var fields = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        fields["version"] = "1";
        if (fields.ContainsKey("ToOrganisationId"))
        {
            fields["ToOrganisationId"] = (await factory.OrganisationIdAsync("jyj")).ToString(CultureInfo.InvariantCulture);
        }

        var list = await HtmlForms.GetAsync(other, "/admin/disclosurerequests");
        var response = await HtmlForms.PostAsync(other, $"/admin/disclosurerequests/{step}/{id}", list.Token, fields);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(RequestStatus.Processing, (await CaseAsync(id)).Status);
    }

    [Fact]
    public async Task ApproveDecision_ByTheHandlingClerk_IsForbidden()
    {
        var id = await SeedAsync("gaodu", r => r.ProposeDecision(RequestOutcome.Disclosed, "予以公开。", new DateOnly(2026, 11, 26), "someone"));
        var (clerk, _) = await ClerkAsync("gaodu");

        var response = await PostStepAsync(clerk, id, "approvedecision", new() { ["version"] = "1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Deliver_BeforeApproval_Returns409WithTheChineseReason()
    {
        var id = await SeedAsync("gaodu");
        var (clerk, _) = await ClerkAsync("gaodu");

        var response = await PostStepAsync(clerk, id, "deliver", new() { ["version"] = "1", ["Method"] = "Post", ["DeliveredOn"] = "2026-11-27" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("只有已批准的答复可以送达", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProposeThenApprove_SamePersonApproving_IsRefused_AnotherHeadApproves()
    {
        var id = await SeedAsync("gaodu");
        var (clerk, clerkName) = await ClerkAsync("gaodu");
        var proposed = await PostStepAsync(clerk, id, "propose", new()
        {
            ["version"] = "1", ["Outcome"] = "PartlyDisclosed", ["Text"] = "招标文件予以公开；投标人报价明细涉及商业秘密，不予公开。",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(clerkName, (await CaseAsync(id)).DecisionProposedBy);

        // The proposer's name on a reviewer account (a person holding both roles) may not approve.
        await factory.QueryAsync(async db =>
        {
            var proposal = await db.DisclosureRequests.SingleAsync(r => r.Id == id);
            db.Entry(proposal).Property(r => r.DecisionProposedBy).CurrentValue = "proc-head-same";
            return await db.SaveChangesAsync();
        });
        await factory.CreateReviewerAsync("proc-head-same");
        var same = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(same, "proc-head-same");
        var version = (await CaseAsync(id)).Version.ToString(CultureInfo.InvariantCulture);
        var page = await HtmlForms.GetAsync(same, $"/admin/disclosurerequests/details/{id}");
        Assert.Null(page.Document.QuerySelector("#act-decide"));
        var refused = await HtmlForms.PostAsync(same, $"/admin/disclosurerequests/approvedecision/{id}", page.Token, new() { ["version"] = version });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不能批准自己提出的办理意见", await refused.Content.ReadAsStringAsync());

        var (head, headName) = await ReviewerAsync();
        var stale = await PostStepAsync(head, id, "approvedecision", new() { ["version"] = "2" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var approved = await PostStepAsync(head, id, "approvedecision", new() { ["version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var request = await CaseAsync(id);
        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Equal(headName, request.ApprovedBy);

    }

    [Fact]
    public async Task StartConsultation_WithoutParty_Returns400AndKeepsTheFormOnTheCasePage()
    {
        var id = await SeedAsync("gaodu");
        var (clerk, _) = await ClerkAsync("gaodu");

        var response = await PostStepAsync(clerk, id, "startconsultation", new() { ["version"] = "1", ["Kind"] = "OtherAgency", ["StartedOn"] = "2026-11-27" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#con-Party-error"));
        Assert.NotNull(page.QuerySelector("input[name=Kind][value=OtherAgency][checked]"));
    }

    [Fact]
    public async Task Transfer_WithoutReason_Returns400_TheErrorShowsOnTheTransferFormOnly_AndTheChoiceIsKept()
    {
        var id = await SeedAsync("gaodu");
        var (clerk, _) = await ClerkAsync("gaodu");
        var jyj = (await factory.OrganisationIdAsync("jyj")).ToString(CultureInfo.InvariantCulture);

        var response = await PostStepAsync(clerk, id, "transfer", new() { ["version"] = "1", ["ToOrganisationId"] = jyj });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#tr-Reason-error"));
        Assert.Equal("true", page.QuerySelector("#tr-Reason")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector($"#tr-ToOrganisationId option[value='{jyj}'][selected]"));
        // 延期理由 shares the field name Reason: its form was not posted, so it shows no error.
        Assert.Null(page.QuerySelector("#ext-Reason-error"));
        Assert.Null(page.QuerySelector("#ext-Reason[aria-invalid]"));
    }

    [Fact]
    public async Task Step_WithAStaleVersion_Returns409OnTheCasePageWithTheReason()
    {
        var id = await SeedAsync("gaodu");
        var (clerk, _) = await ClerkAsync("gaodu");

        var response = await PostStepAsync(clerk, id, "requestextension", new() { ["version"] = "7", ["WorkingDays"] = "10", ["Reason"] = "需会同其他机关核实" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#request-status"));
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("需会同其他机关核实", page.QuerySelector("#ext-Reason")?.TextContent);
    }

    [Fact]
    public async Task Consultation_StartedAndEnded_ShowsThePauseAndAuditsBoth()
    {
        var id = await SeedAsync("gaodu");
        var (clerk, _) = await ClerkAsync("gaodu");

        Assert.Equal(HttpStatusCode.Redirect, (await PostStepAsync(clerk, id, "startconsultation", new()
        {
            ["version"] = "1", ["Kind"] = "ThirdParty", ["Party"] = "某建设公司", ["StartedOn"] = "2026-11-23",
        })).StatusCode);
        var paused = await HtmlForms.GetAsync(clerk, $"/admin/disclosurerequests/details/{id}");
        Assert.NotNull(paused.Document.QuerySelector("#request-paused"));
        Assert.Contains("最长至 2026年12月14日", paused.Document.QuerySelector(".procedure-history")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await PostStepAsync(clerk, id, "endconsultation", new()
        {
            ["version"] = "2", ["EndedOn"] = "2026-11-26", ["Opinion"] = "不同意公开报价",
        })).StatusCode);
        var resumed = await HtmlForms.GetAsync(clerk, $"/admin/disclosurerequests/details/{id}");
        Assert.Contains("2026年12月23日", resumed.Document.QuerySelector("#deadline-title")!.TextContent);
        var entityId = id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(2, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == entityId && a.Action.StartsWith("request.consult"))));
    }

    [Fact]
    public async Task Transfer_ToAnotherOrganisation_AppearsOnTheirListAndTheirClerkTakesItIn()
    {
        var id = await SeedAsync("gaodu");
        var (clerk, _) = await ClerkAsync("gaodu");
        var jyj = await factory.OrganisationIdAsync("jyj");

        var transferred = await PostStepAsync(clerk, id, "transfer", new()
        {
            ["version"] = "1", ["ToOrganisationId"] = jyj.ToString(CultureInfo.InvariantCulture), ["Reason"] = "所需信息由县教育局制作",
        });
        Assert.Equal(HttpStatusCode.Redirect, transferred.StatusCode);

        var (receiver, _) = await ClerkAsync("jyj");
        var list = await HtmlForms.GetAsync(receiver, "/admin/disclosurerequests");
        Assert.Contains("所需信息由县教育局制作", list.Document.QuerySelector("#transfers-title")!.ParentElement!.TextContent);
        var received = await HtmlForms.PostAsync(receiver, $"/admin/disclosurerequests/receivetransfer/{id}", list.Token, []);
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var page = await HtmlForms.GetAsync(receiver, received.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("由高都镇转办", page.Document.QuerySelector(".procedure-history")!.TextContent);
        Assert.Equal(1, await factory.QueryAsync(db => db.DisclosureRequests.CountAsync(r => r.TransferredFromRequestId == id && r.OrganisationId == jyj)));
    }
}
