using ZezhouDisclosure.Application.Dashboard;

namespace ZezhouDisclosure.Web.Features.Dashboard.Models;

/// <summary>A clerk's 工作台.</summary>
public sealed record ClerkDashboardViewModel(string DisplayName, ClerkWorkbench Work, IReadOnlyList<WorkbenchPanel> Panels);

/// <summary>A 单位负责人's 工作台.</summary>
public sealed record UnitHeadDashboardViewModel(string DisplayName, UnitHeadWorkbench Work, IReadOnlyList<WorkbenchPanel> Panels);

/// <summary>The county office's 工作台; CanReview*: whether the queues link to the review pages.</summary>
public sealed record CountyDashboardViewModel(
    string DisplayName, CountyWorkbench Work, bool CanReviewDocuments, bool CanReviewCatalogues, IReadOnlyList<WorkbenchPanel> Panels);

/// <summary>A table of open 依申请公开 cases on a 工作台.</summary>
public sealed record CaseTableModel(IReadOnlyList<WorkbenchCase> Cases, string Caption, bool ShowOrganisation);
