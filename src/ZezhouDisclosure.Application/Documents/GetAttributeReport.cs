using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// 严格控制依申请公开、不予公开属性的政策性文件比例: per organisation and year (of approval, Beijing time), how many
/// approved documents were 主动公开 / 依申请公开 / 不予公开, the non-proactive share, and the filings behind them.
/// </summary>
public sealed record GetAttributeReportQuery(int Year) : IQuery<AttributeReport>;

public sealed record AttributeReport(int Year, IReadOnlyList<AttributeReportRow> Rows, IReadOnlyList<AttributeFilingRow> Filings);

public sealed record AttributeReportRow(string Organisation, int Proactive, int OnRequest, int NotPublic)
{
    public int Total => Proactive + OnRequest + NotPublic;

    public decimal NonProactiveShare => Total == 0 ? 0 : Math.Round((OnRequest + NotPublic) * 100m / Total, 1);
}

public sealed record AttributeFilingRow(int DocumentId, string Organisation, string Title, DisclosureAttribute Attribute, NonDisclosureGround? Ground, string? Reason, DateTime? FiledAt, string? FiledBy);

public sealed class GetAttributeReportHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetAttributeReportQuery, AttributeReport>
{
    public async ValueTask<AttributeReport> Handle(GetAttributeReportQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            throw new ForbiddenException("只有县政务公开办可以查看公开属性统计。");
        }

        // Approval instants of the Beijing year, as a UTC range.
        var start = DateTime.SpecifyKind(new DateTime(query.Year, 1, 1) - ChinaTime.Offset, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var approved = await (from d in db.Documents.AsNoTracking()
                              where d.ReviewedAt >= start && d.ReviewedAt < end && d.IndexNumber != null && d.Attribute != null
                              join o in db.Organisations on d.OrganisationId equals o.Id
                              select new { d.Id, Organisation = o.Name, o.SortOrder, o.Kind, d.Title, d.Attribute, d.Ground, d.Reason, d.FilingAcknowledgedAt, d.FilingAcknowledgedBy })
            .ToListAsync(cancellationToken);
        var rows = approved.GroupBy(a => new { a.Organisation, a.Kind, a.SortOrder })
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.SortOrder)
            .Select(g => new AttributeReportRow(
                g.Key.Organisation,
                g.Count(a => a.Attribute == DisclosureAttribute.Proactive),
                g.Count(a => a.Attribute == DisclosureAttribute.OnRequest),
                g.Count(a => a.Attribute == DisclosureAttribute.NotPublic)))
            .ToList();
        var filings = approved.Where(a => a.Attribute != DisclosureAttribute.Proactive)
            .Select(a => new AttributeFilingRow(a.Id, a.Organisation, a.Title, a.Attribute!.Value, a.Ground, a.Reason, a.FilingAcknowledgedAt, a.FilingAcknowledgedBy))
            .ToList();
        return new AttributeReport(query.Year, rows, filings);
    }
}
