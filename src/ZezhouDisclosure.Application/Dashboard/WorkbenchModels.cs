using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Dashboard;

/// <summary>Where an open 依申请公开 case stands against its statutory due date, as the 工作台 shows it.</summary>
public enum CaseDeadline
{
    /// <summary>More than <see cref="WorkbenchCases.DueSoonWorkingDays"/> working days left.</summary>
    OnTrack = 0,

    /// <summary>即将到期: due within <see cref="WorkbenchCases.DueSoonWorkingDays"/> working days (today included).</summary>
    DueSoon = 1,

    /// <summary>已超期: past the due date.</summary>
    Overdue = 2,

    /// <summary>计时中止: 补正 awaited or a consultation open (条例第三十条、第三十三条).</summary>
    Paused = 3,
}

/// <summary>An open case on a 工作台: its statutory due date comes from the one deadline engine (<c>RequestDeadlines</c>).</summary>
public sealed record WorkbenchCase(
    int Id,
    string Number,
    string OrganisationName,
    string StatusName,
    DateOnly DueDate,
    bool DueDateIsEstimate,
    int WorkingDaysLeft,
    CaseDeadline Deadline,
    bool AwaitsHead);

public static class WorkbenchCases
{
    /// <summary>A case due within this many working days is 即将到期 on the 工作台 (a working week of warning).</summary>
    public const int DueSoonWorkingDays = 5;

    /// <summary>The to-do list's row (its due date and working days left from the deadline engine), classified.</summary>
    public static WorkbenchCase From(StaffRequestRow row) => new(
        row.Id, row.Number, row.OrganisationName, RequestLabels.Of(row.Status), row.DueDate, row.DueDateIsEstimate,
        row.WorkingDaysLeft,
        row.Urgency == RequestUrgency.Paused ? CaseDeadline.Paused
            : row.WorkingDaysLeft < 0 ? CaseDeadline.Overdue
            : row.WorkingDaysLeft <= DueSoonWorkingDays ? CaseDeadline.DueSoon
            : CaseDeadline.OnTrack,
        row.AwaitsHead);

    public static string Label(CaseDeadline deadline) => deadline switch
    {
        CaseDeadline.DueSoon => "即将到期",
        CaseDeadline.Overdue => "已超期",
        CaseDeadline.Paused => "计时中止",
        _ => "办理中",
    };
}

/// <summary>A document waiting for someone on a 工作台 (returned to its clerk, or submitted to the county office).</summary>
public sealed record WorkbenchDocument(int Id, string Title, string OrganisationName, DocumentStatus Status, DateTime? At, string? Comment);

/// <summary>
/// Documents counted by status. Keyed by <see cref="DocumentStatus"/>, so a new status (e.g. a unit's own sign-off)
/// is counted without changing the queries; the page decides which counts to show.
/// </summary>
public sealed record DocumentCounts(IReadOnlyDictionary<DocumentStatus, int> ByStatus)
{
    public int this[DocumentStatus status] => ByStatus.GetValueOrDefault(status);

    public static async Task<DocumentCounts> OfAsync(IQueryable<Document> documents, CancellationToken cancellationToken) =>
        new(await documents.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken));
}

internal static class WorkbenchInterpretations
{
    /// <summary>The published 解读 of the organisations given (null: all) in the calendar year, for the ratio rule.</summary>
    public static async Task<List<(int OrganisationId, InterpretationForm Form, InterpretationChannels Channels)>> OfYearAsync(
        IAppDbContext db, IReadOnlyCollection<int>? organisationIds, int year, CancellationToken cancellationToken)
    {
        var start = DateTime.SpecifyKind(new DateTime(year, 1, 1) - ChinaTime.Offset, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.InterpretationForm != null && d.Status == DocumentStatus.Published && d.PublishedAt >= start && d.PublishedAt < end)
            .Where(d => organisationIds == null || organisationIds.Contains(d.OrganisationId))
            .Select(d => new { d.OrganisationId, Form = d.InterpretationForm!.Value, d.InterpretationChannels })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.OrganisationId, r.Form, r.InterpretationChannels))];
    }
}
