namespace ZezhouDisclosure.Web.Features.Dashboard.Models;

public sealed record DashboardViewModel(string DisplayName, int Drafts, int Submitted, int Returned, int Published, bool IsReviewer);
