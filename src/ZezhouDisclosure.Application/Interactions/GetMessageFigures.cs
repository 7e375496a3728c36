using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>
/// A month's 留言 statistics (public page and the 月度自查报告): received in the month, answered in the month, the
/// average working days those answers took, and how many were overdue (answered after their limit in the month, or
/// still unanswered past it at the month's end). <paramref name="OrganisationId"/> null: the whole county.
/// </summary>
public sealed record GetMessageFiguresQuery(int Year, int Month, int? OrganisationId = null) : IQuery<MessageFigures>;

public sealed record MessageFigures(int Year, int Month, int Received, int Answered, decimal AverageWorkingDays, int Overdue);

public sealed class GetMessageFiguresValidator : AbstractValidator<GetMessageFiguresQuery>
{
    public GetMessageFiguresValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("年份不正确。");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("月份不正确。");
    }
}

public sealed class GetMessageFiguresHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<GetMessageFiguresQuery, MessageFigures>
{
    public async ValueTask<MessageFigures> Handle(GetMessageFiguresQuery query, CancellationToken cancellationToken)
    {
        var first = new DateOnly(query.Year, query.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var today = ChinaTime.Today(time);
        var end = last < today ? last : today;
        // Reviewed use of IgnoreQueryFilters: counts only (no content leaves), for the public statistics and the
        // self-check report, over every unit's messages.
        var all = db.CitizenMessages.IgnoreQueryFilters([Common.Security.RecordScope.FilterName]).AsNoTracking()
            .Where(m => m.Status != MessageStatus.Rejected && m.Status != MessageStatus.Merged);
        if (query.OrganisationId is int unit)
        {
            all = all.Where(m => m.OrganisationId == unit);
        }

        var received = await all.CountAsync(m => m.ReceivedOn >= first && m.ReceivedOn <= last, cancellationToken);
        var answered = await all.Where(m => m.AnsweredOn >= first && m.AnsweredOn <= last)
            .Select(m => new { m.ReceivedOn, AnsweredOn = m.AnsweredOn!.Value, m.DueOn }).ToListAsync(cancellationToken);
        var stillOpenLate = await all.CountAsync(
            m => (m.AnsweredOn == null || m.AnsweredOn > end) && m.ReceivedOn <= end && m.DueOn < end, cancellationToken);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        var average = answered.Count == 0 ? 0m
            : Math.Round((decimal)answered.Average(a => calendar.CountWorkingDays(a.ReceivedOn, a.AnsweredOn)), 1);
        return new MessageFigures(query.Year, query.Month, received, answered.Count, average,
            answered.Count(a => a.AnsweredOn > a.DueOn) + stillOpenLate);
    }
}

/// <summary>The 互动交流 figures of the 月度自查报告.</summary>
public sealed class MessageSelfCheckFigures(ISender sender) : ISelfCheckFigureSource
{
    public const string Group = "互动交流";

    public async Task<IReadOnlyList<SelfCheckFigure>> ForMonthAsync(int? organisationId, int year, int month, CancellationToken cancellationToken)
    {
        var f = await sender.Send(new GetMessageFiguresQuery(year, month, organisationId), cancellationToken);
        return
        [
            new(Group, "收到留言", f.Received, "件"),
            new(Group, "答复留言", f.Answered, "件"),
            new(Group, "平均答复用时", f.AverageWorkingDays, "个工作日"),
            new(Group, "超期留言", f.Overdue, "件"),
        ];
    }
}
