using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Oversight;

public sealed record ColumnCount(string Column, int Items);

/// <summary>
/// 月度自查报告 of one unit or the county for one month, in the 19号 layout: 单项否决 first, then 扣分, then 提示 (the
/// findings seen during the month), then the month's statistics: items published per column, the 解读 ratio,
/// applications received / answered / overdue, and every capability's own figures (<see cref="ISelfCheckFigureSource"/>).
/// <paramref name="Archive"/> says which stored edition it is (存档), null for a report computed on demand.
/// </summary>
public sealed record SelfCheckReport(
    string UnitName, int? OrganisationId, int Year, int Month, DateTime GeneratedAt,
    IReadOnlyList<FindingRow> Vetoes, IReadOnlyList<FindingRow> Deductions, IReadOnlyList<FindingRow> Notes,
    IReadOnlyList<ColumnCount> Published, int PolicyDocuments, int PolicyDocumentsInterpreted,
    int RequestsReceived, int RequestsAnswered, int RequestsOverdue, IReadOnlyList<SelfCheckFigure> Figures, string? Archive = null)
{
    public string Title => $"{UnitName}{Year}年{Month}月政府信息公开自查报告";

    public string Conclusion => Vetoes.Count > 0 ? $"存在 {Vetoes.Count} 项单项否决问题，自查不合格" : Deductions.Count > 0 ? $"无单项否决问题，存在 {Deductions.Count} 项扣分问题" : "未发现单项否决和扣分问题";

    public string InterpretationRatio => PolicyDocuments == 0 ? "—" : $"{PolicyDocumentsInterpreted}/{PolicyDocuments}（{100m * PolicyDocumentsInterpreted / PolicyDocuments:0.#}%）";
}

public sealed record GetSelfCheckReportQuery(int? OrganisationId, int Year, int Month) : IQuery<SelfCheckReport>;

public sealed class GetSelfCheckReportValidator : AbstractValidator<GetSelfCheckReportQuery>
{
    public GetSelfCheckReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("年份无效。");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("月份应在 1 至 12 之间。");
    }
}

public sealed class GetSelfCheckReportHandler(
    IAppDbContext db, ICurrentUser currentUser, TimeProvider time, IEnumerable<ISelfCheckFigureSource> figureSources)
    : IQueryHandler<GetSelfCheckReportQuery, SelfCheckReport>
{
    public async ValueTask<SelfCheckReport> Handle(GetSelfCheckReportQuery query, CancellationToken cancellationToken)
    {
        var units = OversightAccess.Units(currentUser);
        if (units is not null && (query.OrganisationId is not { } own || !units.Contains(own)))
        {
            throw new ForbiddenException("只能查看本单位的自查报告。");
        }

        var name = query.OrganisationId is { } id
            ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("单位不存在。")
            : "泽州县";
        var firstDay = new DateOnly(query.Year, query.Month, 1);
        var start = firstDay.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset;
        var end = firstDay.AddMonths(1).ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset;
        var org = query.OrganisationId;

        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.FirstSeenAt < end && f.LastSeenAt >= start && (org == null || f.OrganisationId == org))
            .OrderBy(f => f.OrganisationId).ThenBy(f => f.CheckCode).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var rows = await FindingRows.ToRowsAsync(db, findings, ChinaTime.Today(time), cancellationToken);

        var published = db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Published && d.PublishedAt >= start && d.PublishedAt < end && (org == null || d.OrganisationId == org));
        var perColumn = await (
            from d in published
            join c in db.Columns on d.ColumnId equals c.Id
            group d by new { c.Name, c.SortOrder, c.Path } into g
            orderby g.Key.Path
            select new ColumnCount(g.Key.Name, g.Count())).ToListAsync(cancellationToken);
        var policies = published.Where(d => (d.IsPolicy || d.IsNormative) && d.InterpretationForm == null);
        var policyCount = await policies.CountAsync(cancellationToken);
        var interpreted = await policies.CountAsync(d => db.InterpretationLinks.Any(l => l.PolicyId == d.Id
            && db.Documents.Any(i => i.Id == l.InterpretationId && i.Status == DocumentStatus.Published)), cancellationToken);

        var lastDay = firstDay.AddMonths(1).AddDays(-1);
        var requests = db.DisclosureRequests.AsNoTracking().Where(r => org == null || r.OrganisationId == org);
        var received = await requests.CountAsync(r => r.ReceivedOn >= firstDay && r.ReceivedOn <= lastDay, cancellationToken);
        var answered = await requests.CountAsync(r => r.Status == RequestStatus.Answered && r.ClosedOn >= firstDay && r.ClosedOn <= lastDay, cancellationToken);
        var open = await new ListStaffRequestsHandler(db, currentUser, time).Handle(new ListStaffRequestsQuery(org), cancellationToken);
        var openIds = open.Where(r => r.WorkingDaysLeft < 0 && r.Urgency != RequestUrgency.Paused).Select(r => r.Id).ToList();
        var overdue = await requests.CountAsync(r => openIds.Contains(r.Id), cancellationToken);

        var figures = new List<SelfCheckFigure>();
        foreach (var source in figureSources)
        {
            figures.AddRange(await source.ForMonthAsync(org, query.Year, query.Month, cancellationToken));
        }

        return new SelfCheckReport(
            name, org, query.Year, query.Month, time.GetUtcNow().UtcDateTime,
            [.. rows.Where(r => r.Level == FindingLevel.Veto)], [.. rows.Where(r => r.Level == FindingLevel.Deduction)], [.. rows.Where(r => r.Level == FindingLevel.Notice)],
            perColumn, policyCount, interpreted, received, answered, overdue, figures);
    }
}
