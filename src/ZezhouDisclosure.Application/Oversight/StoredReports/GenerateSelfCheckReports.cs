using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight.StoredReports;

/// <summary>Whose reports of the month to generate.</summary>
public enum SelfCheckReportScope
{
    /// <summary>Every unit with a 政府信息公开 section that existed in the month, and the county.</summary>
    All = 0,

    /// <summary>The county's report only.</summary>
    County = 1,

    /// <summary>One unit's report.</summary>
    Unit = 2,
}

/// <summary>What a generation did: new reports, earlier editions superseded, reports that were already there.</summary>
public sealed record SelfCheckGeneration(int Year, int Month, int Created, int Superseded, int Skipped);

/// <summary>
/// Stores the 月度自查报告 of a month that has ended, frozen as generated. Without <see cref="Regenerate"/> only the
/// missing reports are made (the monthly job: running twice makes nothing new); with it, each current report is kept
/// as a superseded edition and a new edition is stored with the reason. Run by 县政务公开办 or, monthly, as 系统.
/// </summary>
public sealed record GenerateSelfCheckReportsCommand(
    int Year, int Month, SelfCheckReportScope Scope = SelfCheckReportScope.All, int? OrganisationId = null, bool Regenerate = false, string? Reason = null)
    : ICommand<SelfCheckGeneration>;

public sealed class GenerateSelfCheckReportsValidator : AbstractValidator<GenerateSelfCheckReportsCommand>
{
    public GenerateSelfCheckReportsValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("年份无效。");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("月份应在 1 至 12 之间。");
        RuleFor(x => x.Scope).IsInEnum().WithMessage("请选择生成范围。");
        RuleFor(x => x.OrganisationId).NotNull().When(x => x.Scope == SelfCheckReportScope.Unit).WithMessage("请选择单位。");
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Regenerate).WithMessage("重新生成须填写原因。")
            .MaximumLength(StoredSelfCheckReport.ReasonLength).WithMessage($"原因不能超过{StoredSelfCheckReport.ReasonLength}个字。");
    }
}

public sealed class GenerateSelfCheckReportsHandler(
    IAppDbContext db, ICurrentUser currentUser, TimeProvider time, IEnumerable<ISelfCheckFigureSource> figureSources)
    : ICommandHandler<GenerateSelfCheckReportsCommand, SelfCheckGeneration>
{
    /// <summary>One generation at a time on a node: two would both add the same month's first edition.</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async ValueTask<SelfCheckGeneration> Handle(GenerateSelfCheckReportsCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Manage, "只有县政务公开办可以生成月度自查报告。");
        var today = ChinaTime.Today(time);
        if (new DateOnly(command.Year, command.Month, 1) >= new DateOnly(today.Year, today.Month, 1))
        {
            throw Invalid(nameof(command.Month), $"{command.Year}年{command.Month}月尚未结束，不能生成该月的自查报告（可先查看按当前数据即时生成的报告）。");
        }

        if (await FirstDataMonthAsync(cancellationToken) is not { } first)
        {
            throw Invalid(nameof(command.Month), "门户尚无任何数据，无法生成自查报告。");
        }

        if (new DateOnly(command.Year, command.Month, 1) < first)
        {
            throw Invalid(nameof(command.Month), $"{command.Year}年{command.Month}月早于门户最早的数据（{first.Year}年{first.Month}月），无法生成该月的自查报告。");
        }

        var targets = await TargetsAsync(command, cancellationToken);
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await GenerateAsync(command, targets, cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>The first month with any record: a publication, an application received or an inspection run.</summary>
    private async Task<DateOnly?> FirstDataMonthAsync(CancellationToken cancellationToken)
    {
        var published = await db.Documents.Where(d => d.Status == DocumentStatus.Published && d.PublishedAt != null).MinAsync(d => d.PublishedAt, cancellationToken);
        var received = await db.DisclosureRequests.MinAsync(r => (DateOnly?)r.ReceivedOn, cancellationToken);
        var inspected = await db.InspectionRuns.MinAsync(r => (DateTime?)r.StartedAt, cancellationToken);
        var days = new[]
        {
            published is { } p ? DateOnly.FromDateTime(ChinaTime.ToBeijing(p)) : (DateOnly?)null,
            received,
            inspected is { } i ? DateOnly.FromDateTime(ChinaTime.ToBeijing(i)) : null,
        };
        return days.Where(d => d is not null).Min() is { } day ? new DateOnly(day.Year, day.Month, 1) : null;
    }

    private async Task<List<(int? Id, string Name)>> TargetsAsync(GenerateSelfCheckReportsCommand command, CancellationToken cancellationToken)
    {
        if (command.Scope == SelfCheckReportScope.Unit)
        {
            var id = command.OrganisationId!.Value;
            var name = await db.Organisations.Where(o => o.Id == id).Where(Organisation.HasDisclosureSection).Select(o => o.Name)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("单位不存在。");
            return [(id, name)];
        }

        var targets = new List<(int? Id, string Name)> { (null, "泽州县") };
        if (command.Scope == SelfCheckReportScope.All)
        {
            var first = new DateOnly(command.Year, command.Month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            var units = await db.Organisations.AsNoTracking().Where(Organisation.HasDisclosureSection)
                .Where(o => (o.ValidFrom == null || o.ValidFrom <= last) && (o.ValidTo == null || o.ValidTo >= first))
                .OrderBy(o => o.SortOrder).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            targets.AddRange(units.Select(u => ((int?)u.Id, u.Name)));
        }

        return targets;
    }

    private async Task<SelfCheckGeneration> GenerateAsync(GenerateSelfCheckReportsCommand command, List<(int? Id, string Name)> targets, CancellationToken cancellationToken)
    {
        var (year, month) = (command.Year, command.Month);
        var editions = await db.StoredSelfCheckReports.Where(r => r.Year == year && r.Month == month).ToListAsync(cancellationToken);
        var trigger = currentUser.IsSystem ? SelfCheckReportTrigger.Monthly : SelfCheckReportTrigger.OnDemand;
        var by = currentUser.UserName;
        var reason = command.Regenerate ? command.Reason?.Trim() : null;
        int created = 0, superseded = 0, skipped = 0;
        foreach (var (id, _) in targets)
        {
            var mine = editions.Where(r => r.OrganisationId == id).ToList();
            var current = mine.FirstOrDefault(r => r.IsCurrent);
            if (current is not null && !command.Regenerate)
            {
                skipped++;
                continue;
            }

            var report = await new GetSelfCheckReportHandler(db, currentUser, time, figureSources).Handle(new GetSelfCheckReportQuery(id, year, month), cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var edition = mine.Count == 0 ? 1 : mine.Max(r => r.Edition) + 1;
            report = report with { Archive = StoredReportSnapshots.Archive(edition, trigger, by, now, edition > 1 ? reason : null) };
            if (current is not null)
            {
                current.Supersede(now, by);
                superseded++;
            }

            var stored = new StoredSelfCheckReport(
                id, report.UnitName, year, month, edition, trigger, StoredReportSnapshots.Freeze(report),
                report.Vetoes.Count, report.Deductions.Count, report.Notes.Count, now, by, edition > 1 ? reason ?? "补充生成" : null);
            db.StoredSelfCheckReports.Add(stored);
            created++;
        }

        if (created > 0)
        {
            db.Audit(command.Regenerate ? OversightAuditActions.RegenerateSelfCheckReports : OversightAuditActions.GenerateSelfCheckReports,
                nameof(StoredSelfCheckReport), $"{year}-{month:00}", command.Scope == SelfCheckReportScope.Unit ? command.OrganisationId : null,
                $"{(trigger == SelfCheckReportTrigger.Monthly ? "每月自动生成" : command.Regenerate ? "重新生成" : "生成")}{year}年{month}月自查报告 {created} 份"
                + (superseded > 0 ? $"，取代旧版 {superseded} 份，原因：{reason}" : "") + "。");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SelfCheckGeneration(year, month, created, superseded, skipped);
    }

    private static ValidationException Invalid(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}
