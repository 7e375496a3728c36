using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// 依申请公开 end to end in a real browser: a citizen applies with the keyboard only (Tab, arrows, Space, Enter) and
/// gets a number and a query code; the 高都镇 clerk accepts, asks for a supplement, records it and proposes 部分公开;
/// the county office's reviewer (the head of the disclosure office) approves; the clerk records the delivery; the
/// citizen's status page shows the outcome. axe finds no WCAG A/AA violation on the case page in each state, with
/// each of its forms, and with a form's errors.
/// </summary>
public sealed partial class DisclosureRequestJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Clerk = "ysq-gaodu-clerk";
    private const string Reviewer = "ysq-county-head";
    [Fact]
    public async Task Journey_CitizenAppliesByKeyboard_StaffHandleIt_CitizenSeesPartlyDisclosed()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);

        string number, code;
        await using (var citizen = await fixture.NewContextAsync())
        {
            var page = await citizen.NewPageAsync();
            await page.GotoAsync("/xxgk/ysqgk/apply");
            await TabToAsync(page, "#OrganisationId");
            await ChooseByKeyboardAsync(page, "#OrganisationId", "高都镇");
            await TabToAsync(page, "input[name=ApplicantType][value=NaturalPerson]");
            await page.Keyboard.PressAsync("Space");
            await TabToAsync(page, "#ApplicantName");
            await page.Keyboard.TypeAsync("孙八");
            await TabToAsync(page, "#IdType");
            await ChooseByKeyboardAsync(page, "#IdType", "居民身份证");
            await TabToAsync(page, "#IdNumber");
            await page.Keyboard.TypeAsync("140525199001011235");
            await TabToAsync(page, "#Phone");
            await page.Keyboard.TypeAsync("13800002222");
            await TabToAsync(page, "#Description");
            await page.Keyboard.TypeAsync("高都镇2026年农村道路硬化工程的招标文件和中标结果");
            await TabToAsync(page, "input[name=Form][value=Paper]");
            await page.Keyboard.PressAsync("Space");
            await TabToAsync(page, "input[name=ReceivingMethod][value=Post]");
            await page.Keyboard.PressAsync("ArrowDown"); // 电子邮件
            await page.Keyboard.PressAsync("ArrowDown"); // 自行领取
            Assert.True(await page.IsCheckedAsync("input[name=ReceivingMethod][value=Collect]"));
            await TabToAsync(page, "#PrivacyAccepted");
            await page.Keyboard.PressAsync("Space");
            await TabToAsync(page, "button[type=submit]");
            await page.Keyboard.PressAsync("Enter");

            await page.GetByRole(AriaRole.Heading, new() { Name = "申请已提交" }).WaitForAsync();
            number = (await page.Locator("#request-number").InnerTextAsync()).Trim();
            code = (await page.Locator("#query-code").InnerTextAsync()).Trim();
            Assert.Matches(NumberPattern(), number);
            Assert.False(string.IsNullOrWhiteSpace(code));
        }

        await using (var staff = await fixture.NewContextAsync())
        {
            var page = await staff.NewPageAsync();
            await SignInAsync(page, Clerk);

            // The clerk finds the new application on the to-do list and accepts it.
            await page.GotoAsync("/admin/disclosurerequests");
            await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/disclosurerequests/details/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var caseUrl = page.Url;
            await AssertNoAxeViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            Assert.Equal("已受理。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await AssertNoAxeViolationsAsync(page); // 补正, 征求意见, 延期, 办理意见 and 转办 forms

            // 补正: first without the items (the form's errors), then properly.
            await page.GetByRole(AriaRole.Button, new() { Name = "告知补正", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Alert).WaitForAsync();
            await AssertNoAxeViolationsAsync(page);
            await page.GetByLabel("需要补正的事项").FillAsync("请写明招标项目的名称或者招标公告的发布日期。");
            await page.GetByRole(AriaRole.Button, new() { Name = "告知补正", Exact = true }).ClickAsync();
            Assert.Equal("已登记补正告知。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            Assert.Equal("待补正", await page.Locator("#request-status").InnerTextAsync());
            await AssertNoAxeViolationsAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "登记收到补正", Exact = true }).ClickAsync();
            Assert.Equal("已登记收到补正，答复期限重新起算。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            Assert.Contains("重新起算", await page.Locator(".deadline-explanation").InnerTextAsync());

            await page.GetByLabel("办理结果（对应年报表三）").SelectOptionAsync(new SelectOptionValue { Label = "部分公开" });
            await page.GetByLabel("答复内容（事实、理由和依据）").FillAsync("招标文件和中标结果予以公开；投标人报价明细涉及商业秘密，依据条例第十五条不予公开。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提出办理意见并报批", Exact = true }).ClickAsync();
            Assert.Equal("待报批", await page.Locator("#request-status").InnerTextAsync());
            await SignOutAsync(page);

            // The head of the disclosure office approves (报批).
            await SignInAsync(page, Reviewer);
            await page.GotoAsync("/admin/disclosurerequests?filter=awaitinghead");
            await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
            await AssertNoAxeViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "批准办理意见", Exact = true }).ClickAsync();
            Assert.Equal("已批准，待送达", await page.Locator("#request-status").InnerTextAsync());
            await SignOutAsync(page);

            // The clerk records the delivery (the day signed for).
            await SignInAsync(page, Clerk);
            await page.GotoAsync(caseUrl);
            await AssertNoAxeViolationsAsync(page);
            await page.GetByRole(AriaRole.Radio, new() { Name = "自行领取", Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "登记送达", Exact = true }).ClickAsync();
            Assert.Equal("已答复", await page.Locator("#request-status").InnerTextAsync());

            // The answer letter (答复告知书) is generated from the case, citing the legal ground of 部分公开.
            await page.GetByRole(AriaRole.Link, new() { Name = "政府信息公开申请答复告知书（部分公开）", Exact = true }).ClickAsync();
            var letter = await page.Locator("body").InnerTextAsync();
            Assert.Contains(number, letter);
            Assert.Contains("第三十七条", letter);
            Assert.Contains("行政复议", letter);
            await AssertNoAxeViolationsAsync(page);
        }

        // The citizen looks the application up with the number and the code, by keyboard.
        await using (var citizen = await fixture.NewContextAsync())
        {
            var page = await citizen.NewPageAsync();
            await page.GotoAsync("/xxgk/ysqgk/query");
            await TabToAsync(page, "#Number");
            await page.Keyboard.TypeAsync(number);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(code);
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("#request-outcome").WaitForAsync();
            Assert.Equal("部分公开", (await page.Locator("#request-outcome").InnerTextAsync()).Trim());
            Assert.Equal("已答复", (await page.Locator("#request-status").InnerTextAsync()).Trim());
        }
    }

    [Fact]
    public async Task CasePage_ConsultationAndPendingExtension_FormsHaveNoWcagViolations()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        var gaodu = await portal.OrganisationIdAsync("gaodu");
        var id = await portal.QueryAsync(async db =>
        {
            var day = new DateOnly(2026, 11, 23);
            var request = new Domain.Requests.DisclosureRequest(
                Domain.Requests.RequestNumber.Format(day, 9), gaodu,
                new Domain.Requests.ApplicantDetails(Domain.Requests.ApplicantType.CommercialEnterprise, "泽州县某商贸有限公司",
                    Domain.Requests.IdDocumentType.UnifiedSocialCreditCode, "91350100M000100Y43", "03563333333", null, null),
                new Domain.Requests.RequestedInformation("某地块出让合同", Domain.Requests.InformationForm.Electronic, Domain.Requests.ReceivingMethod.Online),
                Domain.Requests.RequestChannel.Fax, day);
            request.Accept(day);
            request.StartConsultation(Domain.Requests.ConsultationKind.OtherAgency, "县自然资源局", new DateOnly(2026, 11, 24));
            request.RequestExtension(10, "需会同其他机关核实", "someone");
            db.DisclosureRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

        await using var staff = await fixture.NewContextAsync();
        var page = await staff.NewPageAsync();
        await SignInAsync(page, Clerk);
        await page.GotoAsync($"/admin/disclosurerequests/details/{id}");
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "结束征求意见" }).IsVisibleAsync());
        await AssertNoAxeViolationsAsync(page);
        await page.GotoAsync("/admin/disclosurerequests");
        await AssertNoAxeViolationsAsync(page);
        await SignOutAsync(page);

        await SignInAsync(page, Reviewer);
        await page.GotoAsync($"/admin/disclosurerequests/details/{id}");
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "审批延期申请" }).IsVisibleAsync());
        await AssertNoAxeViolationsAsync(page);
        await page.GotoAsync("/admin/disclosurerequests");
        await AssertNoAxeViolationsAsync(page);
        await page.GotoAsync("/admin/disclosurerequests/register");
        Assert.Contains("/account/denied", page.Url);
        await page.GotoAsync("/admin/disclosurerequests");
        await SignOutAsync(page);

        await SignInAsync(page, Clerk);
        await page.GotoAsync("/admin/disclosurerequests/register");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记申请", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).First.WaitForAsync();
        await AssertNoAxeViolationsAsync(page); // the registration form with its errors
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus (a keyboard user's way there).</summary>
    private static async Task TabToAsync(IPage page, string selector, int maximumPresses = 120)
    {
        for (var i = 0; i < maximumPresses; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}.");
    }

    /// <summary>Moves a focused select down with the arrow key until the option with <paramref name="label"/> is chosen.</summary>
    private static async Task ChooseByKeyboardAsync(IPage page, string selector, string label)
    {
        for (var i = 0; i < 200; i++)
        {
            var chosen = await page.EvaluateAsync<string>("s => { const e = document.querySelector(s); return e.options[e.selectedIndex].text.trim(); }", selector);
            if (chosen == label)
            {
                return;
            }

            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Fail($"{label} was never chosen in {selector}.");
    }

    [GeneratedRegex(@"^YSQ\d{12}$")]
    private static partial Regex NumberPattern();
}
