using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// 解读 ratios per organisation and year of publication (泽政办发〔2020〕22号 四（三）2、4): the share of non-text
/// interpretations (≥ 70 % in 2020, ≥ 90 % from 2021; 问答 counts as text) and of interpretations also published on other
/// channels (≥ 50 %). The rule is <see cref="InterpretationShares"/>.
/// </summary>
public sealed record GetInterpretationRatiosQuery(int Year) : IQuery<InterpretationRatios>;

public sealed record InterpretationRatios(int Year, decimal NonTextThreshold, decimal OtherChannelThreshold, IReadOnlyList<InterpretationRatioRow> Rows);

public sealed record InterpretationRatioRow(string Organisation, int Total, int NonText, int OtherChannels)
{
    public decimal NonTextShare => Total == 0 ? 0 : Math.Round(NonText * 100m / Total, 1);

    public decimal OtherChannelShare => Total == 0 ? 0 : Math.Round(OtherChannels * 100m / Total, 1);
}

public sealed class GetInterpretationRatiosHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetInterpretationRatiosQuery, InterpretationRatios>
{
    public static decimal NonTextThreshold(int year) => InterpretationShares.NonTextThreshold(year);

    public const decimal OtherChannelThreshold = InterpretationShares.OtherChannelThreshold;

    public async ValueTask<InterpretationRatios> Handle(GetInterpretationRatiosQuery query, CancellationToken cancellationToken)
    {
        if (!currentUser.IsCountyWide())
        {
            throw new ForbiddenException("只有县政务公开办可以查看解读统计。");
        }

        var start = DateTime.SpecifyKind(new DateTime(query.Year, 1, 1) - ChinaTime.Offset, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var interpretations = await (from d in db.Documents.AsNoTracking()
                                     where d.InterpretationForm != null && d.Status == DocumentStatus.Published && d.PublishedAt >= start && d.PublishedAt < end
                                     join o in db.Organisations on d.OrganisationId equals o.Id
                                     select new { Organisation = o.Name, o.Kind, o.SortOrder, d.InterpretationForm, d.InterpretationChannels })
            .ToListAsync(cancellationToken);
        var rows = interpretations.GroupBy(i => new { i.Organisation, i.Kind, i.SortOrder })
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.SortOrder)
            .Select(g => (g.Key.Organisation, Tally: InterpretationTally.Of(query.Year, g.Select(i => (i.InterpretationForm!.Value, i.InterpretationChannels)))))
            .Select(g => new InterpretationRatioRow(g.Organisation, g.Tally.Total, g.Tally.NonText, g.Tally.OtherChannels))
            .ToList();
        return new InterpretationRatios(query.Year, NonTextThreshold(query.Year), OtherChannelThreshold, rows);
    }
}
