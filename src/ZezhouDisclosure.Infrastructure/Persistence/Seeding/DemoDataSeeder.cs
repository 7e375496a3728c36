using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo accounts and documents, only when <c>Portal:DemoData</c> is on (Development by default). Every demo account
/// uses <see cref="DemoPassword"/>; README lists them. Never enable in production.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    public const string DemoPassword = "Zezhou@Demo2026";

    public static readonly (string UserName, string DisplayName, string Role, string? Organisation)[] Accounts =
    [
        ("admin", "系统管理员（演示）", Roles.Administrator, null),
        ("shenhe", "县政务公开办审核员（演示）", Roles.Reviewer, null),
        ("xzfb", "县政府办公室信息员（演示）", Roles.Clerk, "xzfb"),
        ("gaodu", "高都镇信息员（演示）", Roles.Clerk, "gaodu"),
        ("bagong", "巴公镇信息员（演示）", Roles.Clerk, "bagong"),
        ("jiaoyu", "县教育局信息员（演示）", Roles.Clerk, "jyj"),
        ("gaodu-fzr", "高都镇负责人（演示）", Roles.UnitHead, "gaodu"),
        ("jiaoyu-fzr", "县教育局负责人（演示）", Roles.UnitHead, "jyj"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, cancellationToken);
        foreach (var (userName, displayName, role, organisation) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = userName,
                DisplayName = displayName,
                OrganisationId = organisation is null ? null : organisations[organisation].Id,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Code)));
            }

            await users.AddToRoleAsync(user, role);
        }

        if (await db.Documents.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var columns = await db.Columns.ToDictionaryAsync(c => c.Path, c => c.Id, cancellationToken);
        var topics = await db.TopicCategories.ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var sequences = new Dictionary<(int, int), IndexNumberSequence>();

        Document Draft(string organisation, string column, string title, string body, string? number, DateOnly? writtenOn,
            string? topic, DisclosureAttribute? attribute = DisclosureAttribute.Proactive, NonDisclosureGround? ground = null, string? reason = null)
        {
            var document = new Document(organisations[organisation].Id, new DocumentContent(
                title, body, columns[column], topic is null ? null : topics[topic], number, writtenOn, "演示数据：" + title,
                attribute, ground, reason));
            db.Documents.Add(document);
            return document;
        }

        void Approve(Document document, string organisation, int daysAgo)
        {
            var at = now.AddDays(-daysAgo);
            document.Submit(at.AddHours(-2), "demo");
            var org = organisations[organisation];
            var year = ChinaTime.ToBeijing(at).Year;
            if (!sequences.TryGetValue((org.Id, year), out var sequence))
            {
                sequence = new IndexNumberSequence(org.Id, year);
                sequences[(org.Id, year)] = sequence;
                db.IndexNumberSequences.Add(sequence);
            }

            if (document.RequiresFiling)
            {
                document.AcknowledgeFiling(at.AddHours(-1), "shenhe");
            }

            document.Approve(IndexNumber.Format(org.IndexCode, year, sequence.Next()), at, "shenhe");
        }

        Approve(Draft("xzfb", ColumnPaths.Guide, "泽州县人民政府办公室政府信息公开指南", DemoTexts.Guide, null, null, "综合政务"), "xzfb", 40);
        Approve(Draft("xzfb", ColumnPaths.Rules, "泽州县人民政府办公室政府信息公开工作制度", DemoTexts.Rules, null, null, "综合政务"), "xzfb", 38);
        var notice22 = Draft("xzfb", ColumnPaths.PolicyDocuments, "泽州县人民政府办公室关于印发全面推进基层政务公开标准化规范化进一步做好政务公开工作实施细则的通知",
            DemoTexts.Notice22, "泽政办发〔2020〕22号", new DateOnly(2020, 7, 31), "综合政务");
        Approve(notice22, "xzfb", 30);
        var textInterpretation = Draft("xzfb", ColumnPaths.PolicyInterpretations, "一图读懂：泽州县全面推进基层政务公开标准化规范化实施细则（演示）",
            DemoTexts.InterpretationGraphic, null, new DateOnly(2020, 8, 3), "综合政务");
        textInterpretation.DescribeInterpretation(InterpretationForm.Graphic, InterpretationChannels.WeChat | InterpretationChannels.NewsWebsite, null);
        // 同步发布: the policy and its 解读 go live on the same day.
        Approve(textInterpretation, "xzfb", 30);
        var qaInterpretation = Draft("xzfb", ColumnPaths.PolicyInterpretations, "《全面推进基层政务公开标准化规范化进一步做好政务公开工作实施细则》政策解读（演示）",
            DemoTexts.InterpretationText, null, new DateOnly(2020, 8, 3), "综合政务");
        qaInterpretation.DescribeInterpretation(InterpretationForm.Text, InterpretationChannels.None, "泽州县人民政府办公室");
        Approve(qaInterpretation, "xzfb", 30);
        Approve(Draft("xzfb", ColumnPaths.AnnualReports, "泽州县人民政府办公室2025年政府信息公开工作年度报告（演示）", DemoTexts.AnnualReport, null,
            new DateOnly(2026, 1, 20), "综合政务"), "xzfb", 25);
        Approve(Draft("gaodu", ColumnPaths.Guide, "高都镇人民政府政府信息公开指南", DemoTexts.TownGuide, null, null, "综合政务"), "gaodu", 20);
        Approve(Draft("gaodu", ColumnPaths.TownshipAgriculturePolicy, "高都镇2026年耕地地力保护补贴发放情况公示（演示）", DemoTexts.Subsidy, null,
            new DateOnly(2026, 6, 10), "农业、林业、水利"), "gaodu", 15);
        Approve(Draft("bagong", ColumnPaths.StatutoryBudgets, "巴公镇2026年部门预算公开（演示）", DemoTexts.Budget, null,
            new DateOnly(2026, 3, 5), "财政、金融、审计"), "bagong", 12);
        Approve(Draft("jyj", ColumnPaths.StatutoryLivelihood, "泽州县2026年义务教育阶段招生入学工作方案（演示）", DemoTexts.Enrolment, "泽教发〔2026〕8号",
            new DateOnly(2026, 5, 20), "科技、教育"), "jyj", 8);
        Approve(Draft("xzfb", ColumnPaths.PolicyDocuments, "泽州县人民政府办公室关于进一步做好政务舆情回应工作的通知（演示）", DemoTexts.Opinion,
            "泽政办发〔2026〕15号", new DateOnly(2026, 9, 1), "综合政务"), "xzfb", 5);
        Approve(Draft("xzfb", ColumnPaths.Rules, "泽州县人民政府办公室2026年第三季度政务公开内部工作安排（演示）", "<p>内部工作安排。</p>", null,
            new DateOnly(2026, 7, 1), "综合政务", DisclosureAttribute.NotPublic, NonDisclosureGround.InternalAffairs,
            "属于内部工作流程安排，不对外产生效力。"), "xzfb", 4);

        var submitted = Draft("gaodu", ColumnPaths.TownshipSocialAssistance, "高都镇2026年第四季度城乡最低生活保障对象公示（演示）", DemoTexts.Dibao,
            null, new DateOnly(2026, 11, 20), "民政、扶贫、救灾");
        submitted.Submit(now.AddHours(-6), "gaodu", unitSignOff: true);
        submitted.ApproveInUnit(now.AddHours(-5), "gaodu-fzr");
        var awaitingUnit = Draft("gaodu", ColumnPaths.TownshipSocialAssistance, "高都镇2026年临时救助对象公示（演示）", "<p>临时救助对象名单（已去标识化）。</p>",
            null, new DateOnly(2026, 11, 25), "民政、扶贫、救灾");
        awaitingUnit.Submit(now.AddHours(-3), "gaodu", unitSignOff: true);
        var returned = Draft("bagong", ColumnPaths.TownshipLandTransfer, "巴公镇农村土地承包经营权流转情况（演示）", "<p>流转情况汇总。</p>", null,
            new DateOnly(2026, 11, 1), "农业、林业、水利");
        returned.Submit(now.AddDays(-2), "bagong", unitSignOff: true);
        returned.ApproveInUnit(now.AddDays(-2).AddHours(1), "bagong-fzr");
        returned.Return("请补充流转面积、流转期限及流转双方信息（个人信息需去标识化）。", now.AddDays(-1), "shenhe");
        Draft("jyj", ColumnPaths.StatutoryLivelihood, "泽州县2027年学前教育资助政策（草稿，演示）", "<p>草稿内容。</p>", null, null,
            "科技、教育", attribute: null);

        await db.SaveChangesAsync(cancellationToken);
        db.InterpretationLinks.Add(new InterpretationLink(notice22.Id, textInterpretation.Id));
        db.InterpretationLinks.Add(new InterpretationLink(notice22.Id, qaInterpretation.Id));
        await db.SaveChangesAsync(cancellationToken);
    }
}
