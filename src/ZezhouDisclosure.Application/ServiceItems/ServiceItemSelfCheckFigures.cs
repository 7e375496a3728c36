using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>
/// 办事服务 figures of a month (Beijing) for the 月度自查报告: 办事指南 published for the first time, revised versions
/// published (更新), and the guides public at the month's end.
/// </summary>
public sealed class ServiceItemSelfCheckFigures(IAppDbContext db) : ISelfCheckFigureSource
{
    public const string Group = "办事服务";

    public async Task<IReadOnlyList<SelfCheckFigure>> ForMonthAsync(int? organisationId, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        // Instants: the month's Beijing bounds in UTC.
        var fromUtc = DateTime.SpecifyKind(first.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
        var toUtc = DateTime.SpecifyKind(first.AddMonths(1).ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
        var versions = db.ServiceItemVersions.AsNoTracking().Where(v => organisationId == null || v.OrganisationId == organisationId);
        var published = await versions.CountAsync(v => v.Number == 1 && v.PublishedAt >= fromUtc && v.PublishedAt < toUtc, cancellationToken);
        var updated = await versions.CountAsync(v => v.Number > 1 && v.PublishedAt >= fromUtc && v.PublishedAt < toUtc, cancellationToken);
        var total = await versions.CountAsync(v => v.Number == 1 && v.PublishedAt < toUtc, cancellationToken);
        return
        [
            new(Group, "新发布办事指南", published, "项"),
            new(Group, "更新办事指南", updated, "项"),
            new(Group, "月末已公开办事指南", total, "项"),
        ];
    }
}
