using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;

namespace ZezhouDisclosure.Web.Features.Requests.Models;

/// <summary>Which part of the to-do list is shown.</summary>
public enum RequestTodoFilter
{
    All = 0,
    Overdue,
    DueSoon,
    Paused,
    AwaitingHead,
}

/// <summary>
/// The 依申请公开 to-do list: every open case of the scope (counts per filter and, county-wide, per organisation) and
/// the rows of the chosen filter.
/// </summary>
public sealed record RequestTodoViewModel(
    IReadOnlyList<StaffRequestRow> All,
    IReadOnlyList<IncomingTransferRow> IncomingTransfers,
    RequestTodoFilter Filter,
    int? OrganisationId,
    IReadOnlyList<OrganisationSummary> Organisations)
{
    public IReadOnlyList<StaffRequestRow> Rows => [.. All.Where(r => Matches(r, Filter))];

    public int Count(RequestTodoFilter filter) => All.Count(r => Matches(r, filter));

    /// <summary>Per organisation: open, overdue, due soon, paused (county-wide view).</summary>
    public IEnumerable<(string Organisation, int Open, int Overdue, int DueSoon, int Paused)> ByOrganisation =>
        All.GroupBy(r => r.OrganisationName).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(r => r.Urgency == RequestUrgency.Overdue),
                g.Count(r => r.Urgency == RequestUrgency.DueSoon), g.Count(r => r.Urgency == RequestUrgency.Paused)));

    public static RequestTodoFilter ParseFilter(string? value) =>
        Enum.TryParse<RequestTodoFilter>(value, ignoreCase: true, out var filter) && Enum.IsDefined(filter) ? filter : RequestTodoFilter.All;

    public static string Label(RequestTodoFilter filter) => filter switch
    {
        RequestTodoFilter.Overdue => "已超期",
        RequestTodoFilter.DueSoon => "3 个工作日内到期",
        RequestTodoFilter.Paused => "计时暂停",
        RequestTodoFilter.AwaitingHead => "待负责人审批",
        _ => "全部未办结",
    };

    private static bool Matches(StaffRequestRow row, RequestTodoFilter filter) => filter switch
    {
        RequestTodoFilter.Overdue => row.Urgency == RequestUrgency.Overdue,
        RequestTodoFilter.DueSoon => row.Urgency == RequestUrgency.DueSoon,
        RequestTodoFilter.Paused => row.Urgency == RequestUrgency.Paused,
        RequestTodoFilter.AwaitingHead => row.AwaitsHead,
        _ => true,
    };
}
