namespace ZezhouDisclosure.Application.Dashboard;

/// <summary>Whose 工作台 a panel is built for.</summary>
public enum WorkbenchAudience
{
    /// <summary>A unit's 信息员.</summary>
    Clerk = 0,

    /// <summary>A 单位负责人.</summary>
    UnitHead = 1,

    /// <summary>县政务公开办 (reviewers and administrators).</summary>
    County = 2,
}

/// <summary>How pressing one line of a panel is; the page marks 即将到期 and 已超期 lines.</summary>
public enum WorkbenchUrgency
{
    Normal = 0,
    DueSoon = 1,
    Overdue = 2,
}

/// <summary>One line of a panel: what waits, where to act on it, and an optional detail (a due date, a count).</summary>
public sealed record WorkbenchPanelItem(string Text, string? Url, string? Detail = null, WorkbenchUrgency Urgency = WorkbenchUrgency.Normal);

/// <summary>
/// A block of a 工作台 contributed by a capability (年度报告 due dates, 整改 due, enquiries awaiting a reply …).
/// <paramref name="Id"/> is the block's HTML id (stable, for links and tests); <paramref name="Order"/> places it
/// after the built-in sections; <paramref name="EmptyText"/>, when given, is shown instead of hiding an empty panel.
/// </summary>
public sealed record WorkbenchPanel(
    string Id,
    string Title,
    IReadOnlyList<WorkbenchPanelItem> Items,
    int Order = 100,
    string? Summary = null,
    string? MoreUrl = null,
    string? MoreText = null,
    string? EmptyText = null)
{
    public bool IsShown => Items.Count > 0 || Summary is not null || EmptyText is not null;
}

/// <summary>
/// A capability's contribution to the 工作台 (registered by its feature with <c>FeatureBuilder.WorkbenchPanel&lt;T&gt;()</c>).
/// It reads the current user itself and returns null when it has nothing for this user; it must only show what the
/// user may see (the organisation-scope filters apply to its queries as to any other).
/// </summary>
public interface IWorkbenchPanelSource
{
    ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken);
}

/// <summary>Every registered capability's panels for the current user's 工作台, in their order.</summary>
public sealed record GetWorkbenchPanelsQuery(WorkbenchAudience Audience) : IQuery<IReadOnlyList<WorkbenchPanel>>;

public sealed class GetWorkbenchPanelsHandler(IEnumerable<IWorkbenchPanelSource> sources)
    : IQueryHandler<GetWorkbenchPanelsQuery, IReadOnlyList<WorkbenchPanel>>
{
    public async ValueTask<IReadOnlyList<WorkbenchPanel>> Handle(GetWorkbenchPanelsQuery query, CancellationToken cancellationToken)
    {
        var panels = new List<WorkbenchPanel>();
        foreach (var source in sources)
        {
            // One at a time: the sources share the request's DbContext.
            if (await source.BuildAsync(query.Audience, cancellationToken) is { IsShown: true } panel)
            {
                panels.Add(panel);
            }
        }

        return [.. panels.OrderBy(p => p.Order).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }
}
