using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Participation;

/// <summary>
/// 公众参与 over HTTP: a township opens a 征求意见 reviewed by the county office, citizens comment inside the window
/// (Beijing time, across midnight), the clerk moderates, writes the feedback after closing, the county office
/// publishes it; the overdue-feedback flag. Tests share one clock that only moves forward, so each works with dates
/// relative to its own "today".
/// </summary>
[Collection(ParticipationCollection.Name)]
public class ConsultationWorkflowTests(ParticipationWebFactory factory)
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => ChinaTime.Today(factory.Time);

    private Task<int> VersionAsync(int id) => factory.QueryAsync(db => db.Consultations.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

    private Task<Consultation> LoadAsync(int id) => factory.QueryAsync(db => db.Consultations.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>Moves the fake clock to <paramref name="time"/> Beijing time on <paramref name="day"/>.</summary>
    private void SetBeijing(DateOnly day, TimeOnly time) =>
        factory.Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(time), ChinaTime.Offset));

    private async Task<int> CreateAsync(HttpClient clerk, string title, DateOnly opens, DateOnly closes, string? reason = null, bool submit = true)
    {
        // Straight to the county office (the unit's own sign-off is tested in SignOff_…).
        await factory.SetUnitSignOffAsync("gaodu", enabled: false);
        var response = await HtmlForms.SubmitAsync(clerk, "/admin/consultations/create", "/admin/consultations/create", new()
        {
            ["Title"] = title,
            ["DraftText"] = "第一条 为改善农村人居环境，制定本方案。\n第二条 本方案自发布之日起施行。",
            ["DraftingNotes"] = "根据县委县政府部署起草。",
            ["OtherChannels"] = "信函寄至高都镇人民政府党政办",
            ["OpensOn"] = Day(opens),
            ["ClosesOn"] = Day(closes),
            ["ShortPeriodReason"] = reason ?? "",
            ["Version"] = "0",
            ["intent"] = submit ? "submit" : "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last().Split('#')[0], CultureInfo.InvariantCulture);
    }

    private async Task<int> OpenAsync(string title, DateOnly opens, DateOnly closes, string? reason = null)
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await CreateAsync(clerk, title, opens, closes, reason);
        var reviewer = await factory.ReviewerAsync("zq-reviewer");
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        return id;
    }

    private static Task<HttpResponseMessage> CommentAsync(HttpClient citizen, int id, string text, string? name = null, string? contact = null, string? website = null) =>
        HtmlForms.SubmitAsync(citizen, $"/gzcy/zqyj/{id}/yj", $"/gzcy/zqyj/{id}/yj", new()
        {
            ["Text"] = text,
            ["AuthorName"] = name ?? "",
            ["Contact"] = contact ?? "",
            ["Website"] = website ?? "",
        });

    [Fact]
    public async Task Create_ClosingBeforeOpening_SaysSoOnTheForm()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");

        var response = await HtmlForms.SubmitAsync(clerk, "/admin/consultations/create", "/admin/consultations/create", new()
        {
            ["Title"] = "日期颠倒的征求意见",
            ["DraftText"] = "正文",
            ["OpensOn"] = Day(Today.AddDays(10)),
            ["ClosesOn"] = Day(Today),
            ["Version"] = "0",
            ["intent"] = "save",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlForms.ParseAsync(response);
        Assert.Equal("截止日期不能早于开始日期。", html.QuerySelector("#ClosesOn-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Create_ShortPeriodWithoutReason_AsksForTheReason_AndWithOneItIsSubmitted()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");

        var refused = await HtmlForms.SubmitAsync(clerk, "/admin/consultations/create", "/admin/consultations/create", new()
        {
            ["Title"] = "期限过短的征求意见",
            ["DraftText"] = "正文",
            ["OpensOn"] = Day(Today),
            ["ClosesOn"] = Day(Today.AddDays(9)),
            ["Version"] = "0",
            ["intent"] = "submit",
        });
        var id = await CreateAsync(clerk, "期限过短但有理由的征求意见", Today, Today.AddDays(9), reason: "汛期临近，须尽快出台");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await HtmlForms.ParseAsync(refused);
        Assert.Contains("少于 30 天，须说明理由", html.QuerySelector("#ShortPeriodReason-error")!.TextContent);
        var saved = await LoadAsync(id);
        Assert.Equal(ConsultationStatus.Submitted, saved.Status);
        Assert.Equal("汛期临近，须尽快出台", saved.ShortPeriodReason);
    }

    [Fact]
    public async Task Submitted_IsNotPublicUntilTheCountyOfficeApproves_AndOtherUnitsCannotSeeIt()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await CreateAsync(clerk, "待审核的征求意见", Today, Today.AddDays(29));
        var citizen = factory.CreateBrowserClient();
        var otherClerk = await factory.ClerkAsync("zq-other", "dayang");

        var before = await citizen.GetAsync($"/gzcy/zqyj/{id}");
        var other = await otherClerk.GetAsync($"/admin/consultations/details/{id}");
        var reviewer = await factory.ReviewerAsync("zq-reviewer");
        var queue = await reviewer.GetStringAsync("/admin/consultations");
        await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });
        var after = await citizen.GetAsync($"/gzcy/zqyj/{id}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("待审核的征求意见", queue);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("发表意见", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignOff_WhenTheUnitRequiresIt_TheHeadPassesItOnBeforeTheCountyOfficeSeesIt()
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: true);
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var created = await HtmlForms.SubmitAsync(clerk, "/admin/consultations/create", "/admin/consultations/create", new()
        {
            ["Title"] = "须经单位审核的征求意见",
            ["DraftText"] = "正文",
            ["OpensOn"] = Day(Today),
            ["ClosesOn"] = Day(Today.AddDays(29)),
            ["Version"] = "0",
            ["intent"] = "submit",
        });
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var reviewer = await factory.ReviewerAsync("zq-reviewer");
        var tooEarly = await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });
        var head = await factory.UnitHeadAsync("zq-head", "gaodu");

        var signedOff = await HtmlForms.SubmitAsync(head, $"/admin/consultations/details/{id}", $"/admin/consultations/signoff/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOff.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal(ConsultationStatus.Published, saved.Status);
        Assert.Equal("zq-head", saved.UnitApprovedBy);
    }

    [Fact]
    public async Task Review_ReturnWithoutComment_IsRefused_WithComment_GoesBackToTheClerk()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await CreateAsync(clerk, "将被退回的征求意见", Today, Today.AddDays(29));
        var reviewer = await factory.ReviewerAsync("zq-reviewer");

        var refused = await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "return", ["comment"] = "" });
        var returned = await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "return", ["comment"] = "请补充起草说明" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("退回须填写意见。", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal(ConsultationStatus.Returned, saved.Status);
        Assert.Equal("请补充起草说明", saved.ReviewComment);
    }

    [Fact]
    public async Task Comment_OnTheClosingDayAt2359Beijing_IsAccepted_At0001TheNextDay_IsRefused()
    {
        var closes = Today.AddDays(1);
        var id = await OpenAsync("跨午夜截止的征求意见", Today.AddDays(-28), closes);
        SetBeijing(closes, new TimeOnly(23, 59));
        var citizen = factory.CreateBrowserClient();

        var inTime = await CommentAsync(citizen, id, "截止前一分钟的意见");
        // Another citizen opened the form before midnight and sends it after.
        var form = await HtmlForms.GetAsync(citizen, $"/gzcy/zqyj/{id}/yj");
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        var late = await HtmlForms.PostAsync(citizen, $"/gzcy/zqyj/{id}/yj", form.Token, new() { ["Text"] = "截止后一分钟的意见" });

        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains($"征求意见已于 {closes.Year}年{closes.Month}月{closes.Day}日 24 时（北京时间）截止", await late.Content.ReadAsStringAsync());
        var texts = await factory.QueryAsync(db => db.ConsultationComments.Where(c => c.ConsultationId == id).Select(c => c.Text).ToListAsync());
        Assert.Equal(["截止前一分钟的意见"], texts);
    }

    [Fact]
    public async Task Comment_BeforeTheOpeningDay_IsRefused_AndTheFormSaysItHasNotStarted()
    {
        var id = await OpenAsync("尚未开始的征求意见", Today.AddDays(2), Today.AddDays(40));
        var citizen = factory.CreateBrowserClient();

        var open = await OpenAsync("已经开始的征求意见", Today, Today.AddDays(29));
        var page = await HtmlForms.GetAsync(citizen, $"/gzcy/zqyj/{id}/yj");
        // The not-yet-open page has no form: a token from an open one, as a replayed or hand-made post would carry.
        var token = (await HtmlForms.GetAsync(citizen, $"/gzcy/zqyj/{open}/yj")).Token;
        var response = await HtmlForms.PostAsync(citizen, $"/gzcy/zqyj/{id}/yj", token, new() { ["Text"] = "提前的意见" });

        Assert.NotNull(page.Document.QuerySelector("#closed-notice"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("征求意见尚未开始", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Comment_EmptyOrOversize_IsRefusedWithAChineseMessage()
    {
        var id = await OpenAsync("检验意见长度的征求意见", Today, Today.AddDays(29));
        var citizen = factory.CreateBrowserClient();

        var empty = await CommentAsync(citizen, id, "   ");
        var oversize = await CommentAsync(citizen, id, new string('长', ConsultationComment.MaxLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写意见内容。", (await HtmlForms.ParseAsync(empty)).QuerySelector("#Text-error")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, oversize.StatusCode);
        Assert.Contains("意见内容不能超过 2000 字。", (await HtmlForms.ParseAsync(oversize)).QuerySelector("#Text-error")!.TextContent);
    }

    [Fact]
    public async Task Comment_WithoutAntiforgeryToken_IsRefused()
    {
        var id = await OpenAsync("检验防伪令牌的征求意见", Today, Today.AddDays(29));

        var response = await factory.CreateBrowserClient().PostAsync($"/gzcy/zqyj/{id}/yj",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "没有令牌的意见" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.ConsultationComments.CountAsync(c => c.ConsultationId == id)));
    }

    [Fact]
    public async Task Comment_HoneypotFilled_LooksAcceptedButNothingIsStored()
    {
        var id = await OpenAsync("检验蜜罐的征求意见", Today, Today.AddDays(29));

        var response = await CommentAsync(factory.CreateBrowserClient(), id, "机器人的意见", website: "http://spam.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(response)).QuerySelector("#comment-sent"));
        Assert.Equal(0, await factory.QueryAsync(db => db.ConsultationComments.CountAsync(c => c.ConsultationId == id)));
    }

    [Fact]
    public async Task Comment_NameRequiredByTheUnit_MissingName_IsRefusedOnTheNameField()
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: false);
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var create = await HtmlForms.SubmitAsync(clerk, "/admin/consultations/create", "/admin/consultations/create", new()
        {
            ["Title"] = "要求实名的征求意见",
            ["DraftText"] = "正文",
            ["OpensOn"] = Day(Today),
            ["ClosesOn"] = Day(Today.AddDays(29)),
            ["RequireName"] = "true",
            ["Version"] = "0",
            ["intent"] = "submit",
        });
        var id = int.Parse(create.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var reviewer = await factory.ReviewerAsync("zq-reviewer");
        await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });

        var response = await CommentAsync(factory.CreateBrowserClient(), id, "没有署名的意见");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("本次征求意见要求填写姓名。", (await HtmlForms.ParseAsync(response)).QuerySelector("#AuthorName-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Moderation_OnlyPublishedCommentsAppear_AsText_WithoutContactDetails_AndTheContactIsEncryptedAtRest()
    {
        var id = await OpenAsync("检验意见审核的征求意见", Today, Today.AddDays(29));
        var citizen = factory.CreateBrowserClient();
        await CommentAsync(citizen, id, "建议增加垃圾分类点 <script>alert(1)</script> <a href=\"http://x.example\">链接</a>", "李四", "13912345678");
        await CommentAsync(citizen, id, "买药请加微信", null, null);
        var comments = await factory.QueryAsync(db => db.ConsultationComments.Where(c => c.ConsultationId == id).OrderBy(c => c.Id).Select(c => new { c.Id, c.Version }).ToListAsync());
        var pagePending = await citizen.GetStringAsync($"/gzcy/zqyj/{id}");
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var queue = await HtmlForms.GetAsync(clerk, $"/admin/consultations/details/{id}");

        var published = await HtmlForms.PostAsync(clerk, $"/admin/consultations/moderate/{id}", queue.Token,
            new() { ["commentId"] = Text(comments[0].Id), ["version"] = Text(comments[0].Version), ["decision"] = "publish" });
        var noReason = await HtmlForms.PostAsync(clerk, $"/admin/consultations/moderate/{id}", queue.Token,
            new() { ["commentId"] = Text(comments[1].Id), ["version"] = Text(comments[1].Version), ["decision"] = "reject", ["reason"] = "" });
        var rejected = await HtmlForms.PostAsync(clerk, $"/admin/consultations/moderate/{id}", queue.Token,
            new() { ["commentId"] = Text(comments[1].Id), ["version"] = Text(comments[1].Version), ["decision"] = "reject", ["reason"] = "含有广告" });
        var page = await HtmlForms.GetAsync(citizen, $"/gzcy/zqyj/{id}");

        Assert.Contains("暂无公开的意见", pagePending);
        Assert.Contains("13912345678", queue.Document.QuerySelector($"#comment-{comments[0].Id}")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var shown = page.Document.QuerySelectorAll("#comments .comment-text").Select(e => e.TextContent).ToList();
        Assert.Equal(["建议增加垃圾分类点 <script>alert(1)</script> <a href=\"http://x.example\">链接</a>"], shown);
        Assert.Empty(page.Document.QuerySelectorAll("#comments a, #comments script"));
        Assert.Contains("李四", page.Document.QuerySelector("#comments")!.TextContent);
        Assert.DoesNotContain("13912345678", page.Document.DocumentElement.OuterHtml);
        Assert.DoesNotContain("买药", page.Document.DocumentElement.OuterHtml);
        var stored = await factory.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT Contact FROM ConsultationComments WHERE Id = {comments[0].Id}";
            return (string?)await command.ExecuteScalarAsync();
        });
        Assert.NotNull(stored);
        Assert.DoesNotContain("13912345678", stored);
        var rejectedRow = await factory.QueryAsync(db => db.ConsultationComments.SingleAsync(c => c.Id == comments[1].Id));
        Assert.Equal(CommentStatus.Rejected, rejectedRow.Status);
        Assert.Equal("含有广告", rejectedRow.RejectionReason);
    }

    [Fact]
    public async Task Feedback_AfterClosing_CountsMustAddUp_ThenTheCountyOfficePublishesIt_AndTheCitizenSeesTheReasons()
    {
        var closes = Today.AddDays(1);
        var id = await OpenAsync("检验采纳情况的征求意见", Today.AddDays(-28), closes);
        await CommentAsync(factory.CreateBrowserClient(), id, "建议延长公示期");
        var comment = await factory.QueryAsync(db => db.ConsultationComments.SingleAsync(c => c.ConsultationId == id));
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/moderate/{id}",
            new() { ["commentId"] = Text(comment.Id), ["version"] = Text(comment.Version), ["decision"] = "publish" });
        var beforeClosing = await HtmlForms.GetAsync(clerk, $"/admin/consultations/details/{id}");
        SetBeijing(closes.AddDays(1), new TimeOnly(9, 0));
        clerk = await factory.ClerkAsync("zq-clerk", "gaodu");

        var wrongSum = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/feedback/{id}", new()
        {
            ["Version"] = Text(await VersionAsync(id)), ["Received"] = "3", ["Adopted"] = "1", ["PartlyAdopted"] = "0", ["NotAdopted"] = "1",
            ["Text"] = "一、关于延长公示期的意见，予以采纳。", ["intent"] = "submit",
        });
        var submitted = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/feedback/{id}", new()
        {
            ["Version"] = Text(await VersionAsync(id)), ["Received"] = "3", ["Adopted"] = "1", ["PartlyAdopted"] = "1", ["NotAdopted"] = "1",
            ["Text"] = "一、关于延长公示期的意见，予以采纳。\n二、关于取消收费的意见，未采纳，理由：收费标准由省级文件规定。", ["intent"] = "submit",
        });
        var notYetPublic = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/gzcy/zqyj/{id}");
        var reviewer = await factory.ReviewerAsync("zq-reviewer");
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/reviewfeedback/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });
        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/gzcy/zqyj/{id}");

        Assert.Null(beforeClosing.Document.QuerySelector("#feedback-form"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongSum.StatusCode);
        Assert.Contains("合计 2 条，与收到的 3 条意见不符", (await HtmlForms.ParseAsync(wrongSum)).QuerySelector("#Received-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Null(notYetPublic.Document.QuerySelector("#feedback"));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("共收到意见 3 条，其中采纳 1 条，部分采纳 1 条，未采纳 1 条。", page.Document.QuerySelector("#feedback-counts")!.TextContent);
        Assert.Contains("未采纳，理由：收费标准由省级文件规定。", page.Document.QuerySelector("#feedback-text")!.TextContent);
        Assert.Equal("已截止", page.Document.QuerySelector("#phase")!.TextContent);
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Consultation" && a.EntityId == Text(id)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["consultation.create", "consultation.submit", "consultation.publish", "consultation.comment-publish",
            "consultation.feedback-save", "consultation.feedback-submit", "consultation.feedback-publish"], actions);
    }

    [Fact]
    public async Task OverdueFeedbackCheck_FlagsAClosedConsultationWithoutFeedback_AfterThirtyDays_Only()
    {
        var closes = Today.AddDays(1);
        var id = await OpenAsync("检验逾期未反馈的征求意见", Today.AddDays(-28), closes);
        var subject = "consultation:" + Text(id);

        SetBeijing(ConsultationPeriod.FeedbackDueOn(closes), new TimeOnly(23, 0));
        var onTheDueDay = await RunFeedbackCheckAsync();
        SetBeijing(ConsultationPeriod.FeedbackDueOn(closes).AddDays(1), new TimeOnly(0, 30));
        var theDayAfter = await RunFeedbackCheckAsync();

        Assert.DoesNotContain(onTheDueDay, o => o.Subject == subject);
        var finding = Assert.Single(theDayAfter, o => o.Subject == subject);
        Assert.Equal(FindingSeverity.Deduction, finding.Severity);
        Assert.Contains("仍未公布意见采纳情况", finding.Evidence);
        Assert.Equal($"/gzcy/zqyj/{id}", finding.Link);
    }

    private async Task<IReadOnlyList<ComplianceObservation>> RunFeedbackCheckAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetServices<IComplianceCheck>().Single(c => c.Code == "participation.feedback-missing");
        return await check.RunAsync(new ComplianceCheckContext(factory.Time.GetUtcNow(), null), default);
    }

    [Fact]
    public async Task DecisionLink_ConsultationLinksToTheDocument_AndTheDocumentPageLinksBack()
    {
        var id = await OpenAsync("检验决策关联的征求意见", Today, Today.AddDays(29));
        var documentId = await factory.SeedDocumentAsync("gaodu", Domain.Columns.ColumnPaths.StatutoryLivelihood, Domain.Documents.DocumentStatus.Published,
            d => d.WithTitle("高都镇农村人居环境整治实施方案"));
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        // Read before the link is made: the back-links of every consultation are kept in the read cache, which the
        // saved link must empty.
        var before = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{documentId}");

        var unknown = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/linkdecision/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["documentId"] = "999999" });
        var linked = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/linkdecision/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["documentId"] = Text(documentId) });
        var consultationPage = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/gzcy/zqyj/{id}");
        var documentPage = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{documentId}");

        Assert.Null(before.Document.QuerySelector("#gzcy a"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal($"/xxgk/doc/{documentId}", consultationPage.Document.QuerySelector("#decision a")!.GetAttribute("href"));
        Assert.Equal($"/gzcy/zqyj/{id}", documentPage.Document.QuerySelector("#gzcy a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PublicLists_CountyAndUnit_ShowPublishedConsultationsOnly_AndTheNavigationHasTheEntry()
    {
        var id = await OpenAsync("列表中的征求意见", Today, Today.AddDays(29));
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        await CreateAsync(clerk, "列表中不应出现的草稿", Today, Today.AddDays(29), submit: false);
        var citizen = factory.CreateBrowserClient();

        var county = await HtmlForms.GetAsync(citizen, "/gzcy");
        var unit = await HtmlForms.GetAsync(citizen, "/gzcy/jg/gaodu");
        var other = await HtmlForms.GetAsync(citizen, "/gzcy/jg/dayang");

        Assert.NotNull(county.Document.QuerySelector($"#consultations a[href='/gzcy/zqyj/{id}']"));
        Assert.DoesNotContain("列表中不应出现的草稿", county.Document.Body!.TextContent);
        Assert.NotNull(county.Document.QuerySelector("a[href='/gzcy/jg/gaodu']"));
        Assert.NotNull(unit.Document.QuerySelector($"#consultations a[href='/gzcy/zqyj/{id}']"));
        Assert.Null(other.Document.QuerySelector($"#consultations a[href='/gzcy/zqyj/{id}']"));
        Assert.NotNull(county.Document.QuerySelector("nav a[href='/gzcy']"));
    }

    [Fact]
    public async Task FeedsAndReadApi_ListPublishedConsultations_OpenOnlyOnRequest_NeverDrafts()
    {
        var open = await OpenAsync("订阅中的征求意见", Today, Today.AddDays(29));
        var upcoming = await OpenAsync("订阅中尚未开始的征求意见", Today.AddDays(3), Today.AddDays(40));
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        await CreateAsync(clerk, "订阅中不应出现的草稿", Today, Today.AddDays(29), submit: false);
        var client = factory.CreateClient();

        var rss = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/feeds/rss/gzcy"));
        var atom = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/feeds/atom/gzcy/jg/gaodu"));
        var other = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/feeds/rss/gzcy/jg/dayang"));
        var list = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/consultations?organisation=gaodu&open=true&pageSize=100")).RootElement;
        var one = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/v1/consultations/{open}")).RootElement;
        var draftId = await factory.QueryAsync(db => db.Consultations.Where(c => c.Title == "订阅中不应出现的草稿").Select(c => c.Id).FirstAsync());
        var draft = await client.GetAsync($"/api/v1/consultations/{draftId}");
        var countyPage = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/gzcy");

        var rssLinks = rss.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Contains(rssLinks, l => l.EndsWith($"/gzcy/zqyj/{open}", StringComparison.Ordinal));
        Assert.Contains(rssLinks, l => l.EndsWith($"/gzcy/zqyj/{upcoming}", StringComparison.Ordinal));
        Assert.DoesNotContain(rss.Descendants("item"), i => i.Element("title")!.Value == "订阅中不应出现的草稿");
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Contains(atom.Descendants(ns + "entry"), e => e.Element(ns + "title")!.Value == "订阅中的征求意见");
        Assert.DoesNotContain(other.Descendants("item"), i => i.Element("title")!.Value.StartsWith("订阅中", StringComparison.Ordinal));
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(open, ids);
        Assert.DoesNotContain(upcoming, ids);
        Assert.Equal("订阅中的征求意见", one.GetProperty("title").GetString());
        Assert.Equal("征求中", one.GetProperty("phase").GetString());
        Assert.True(one.GetProperty("acceptsComments").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.NotNull(countyPage.Document.QuerySelector("link[rel='alternate'][href='/feeds/rss/gzcy']"));
    }
}
