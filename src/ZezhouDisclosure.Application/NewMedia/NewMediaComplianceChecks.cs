using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Application.NewMedia;

/// <summary>
/// A running account without a post for more than two weeks (by its latest monthly check, or never checked): 单项否决
/// for 政务新媒体 (国办秘函〔2019〕19号 “监管工作不到位” / 政务新媒体“内容更新不及时”).
/// </summary>
public sealed class StaleNewMediaAccountCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "newmedia.stale";

    public string Name => "政务新媒体两周未更新";

    public string Source => "国办秘函〔2019〕19号 政务新媒体单项否决指标（两周无更新）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(ChinaTime.ToBeijing(context.Now.UtcDateTime));
        var accounts = await db.NewMediaAccounts.AsNoTracking().Where(a => a.Status == NewMediaAccountStatus.Running).ToListAsync(cancellationToken);
        return [.. accounts
            .Where(a => context.Covers(a.OrganisationId) && today.DayNumber - a.OpenedOn.DayNumber > NewMediaRules.StaleAfterDays)
            .Where(a => NewMediaRules.IsStale(a.LastPostOn, today))
            .Select(a => new ComplianceObservation(
                a.OrganisationId,
                $"newmedia:{a.Id}",
                FindingSeverity.Veto,
                a.LastPostOn is { } last
                    ? $"{NewMediaLabels.Of(a.Platform)}“{a.Name}”最近更新于{last:yyyy年M月d日}，已{today.DayNumber - last.DayNumber}天未更新（超过{NewMediaRules.StaleAfterDays}天）。"
                    : $"{NewMediaLabels.Of(a.Platform)}“{a.Name}”没有登记过更新日期（未做月度检查）。",
                $"/admin/new-media/{a.Id}"))];
    }
}

/// <summary>A unit with more than one running account on one platform (原则上一个单位在同一平台只开设一个账号).</summary>
public sealed class SecondAccountPerPlatformCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "newmedia.duplicate-platform";

    public string Name => "同一平台重复开设政务新媒体账号";

    public string Source => "泽政办发〔2020〕22号 四（四）：原则上同一单位在同一平台只开设一个账号";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accounts = await db.NewMediaAccounts.AsNoTracking().Where(a => a.Status == NewMediaAccountStatus.Running)
            .Select(a => new { a.Id, a.OrganisationId, a.Platform, a.Name }).ToListAsync(cancellationToken);
        return [.. accounts
            .Where(a => context.Covers(a.OrganisationId))
            .GroupBy(a => (a.OrganisationId, a.Platform))
            .Where(g => g.Count() > 1)
            .Select(g => new ComplianceObservation(
                g.Key.OrganisationId,
                $"newmedia-platform:{g.Key.OrganisationId}:{(int)g.Key.Platform}",
                FindingSeverity.Deduction,
                $"同一单位在{NewMediaLabels.Of(g.Key.Platform)}开设了{g.Count()}个运行中的账号：{string.Join("、", g.OrderBy(a => a.Id).Select(a => $"“{a.Name}”"))}。",
                "/admin/new-media"))];
    }
}

/// <summary>An account whose name does not show its unit (名称应与主办单位职责相符).</summary>
public sealed class NewMediaNameCheck(IAppDbContext db) : IComplianceCheck
{
    public string Code => "newmedia.name";

    public string Name => "政务新媒体名称未体现主办单位";

    public string Source => "泽政办发〔2020〕22号 四（四）：账号名称应与主办单位名称、职责相符";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accounts = await (from a in db.NewMediaAccounts.AsNoTracking()
                              where a.Status == NewMediaAccountStatus.Running
                              join o in db.Organisations on a.OrganisationId equals o.Id
                              select new { a.Id, a.OrganisationId, a.Platform, a.Name, Unit = o.Name })
            .ToListAsync(cancellationToken);
        return [.. accounts
            .Where(a => context.Covers(a.OrganisationId) && !NewMediaRules.NameShowsUnit(a.Name, a.Unit))
            .Select(a => new ComplianceObservation(
                a.OrganisationId,
                $"newmedia-name:{a.Id}",
                FindingSeverity.Deduction,
                $"{NewMediaLabels.Of(a.Platform)}“{a.Name}”的名称未包含主办单位名称“{a.Unit}”。",
                $"/admin/new-media/{a.Id}"))];
    }
}
