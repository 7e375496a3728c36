namespace ZezhouDisclosure.Web.Features.Dashboard.Models;

/// <summary>The start page counts; CanReview: the 待审核 count links to the review queue (else to the submitted list).</summary>
public sealed record DashboardViewModel(string DisplayName, int Drafts, int Submitted, int Returned, int Published, bool CanReview);
