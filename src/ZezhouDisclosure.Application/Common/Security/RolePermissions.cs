using System.Collections.Frozen;

namespace ZezhouDisclosure.Application.Common.Security;

/// <summary>
/// The one place that says which role may do what. Adding a role is one line here (and one in <see cref="Roles"/>);
/// adding a capability grants its permissions on the lines of the roles that need them.
/// </summary>
public static class RolePermissions
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Table = new Dictionary<string, FrozenSet<string>>
    {
        [Roles.Clerk] = FrozenSet.Create(
            Permissions.Workspace,
            Permissions.Documents.View, Permissions.Documents.Draft,
            Permissions.Requests.View, Permissions.Requests.Register,
            Permissions.Catalogues.ViewTemplates, Permissions.Catalogues.MaintainTemplates, Permissions.Catalogues.Compile, Permissions.Catalogues.Coverage,
            Permissions.Calendar.View,
            Permissions.ServiceItems.View, Permissions.ServiceItems.Draft, Permissions.NewMedia.View, Permissions.NewMedia.Manage, Permissions.NewMedia.Check,
            Permissions.Villages.Write, Permissions.Villages.Review, Permissions.Villages.Manage,
            Permissions.Interactions.View, Permissions.Interactions.Answer, Permissions.Sentiment.Feedback,
            Permissions.AnnualReports.View, Permissions.AnnualReports.Draft,
            Permissions.Participation.View, Permissions.Participation.Edit,
            Permissions.Oversight.View, Permissions.Oversight.Rectify),
        [Roles.UnitHead] = FrozenSet.Create(
            Permissions.Workspace,
            Permissions.Documents.View, Permissions.Documents.ApproveInUnit,
            Permissions.Calendar.View,
            Permissions.ServiceItems.View, Permissions.ServiceItems.ApproveInUnit,
            Permissions.Villages.Review,
            Permissions.AnnualReports.View, Permissions.AnnualReports.ApproveInUnit,
            Permissions.Participation.View, Permissions.Participation.ApproveInUnit,
            Permissions.Oversight.View),
        [Roles.Reviewer] = FrozenSet.Create(
            Permissions.Workspace,
            Permissions.Documents.View, Permissions.Documents.Review, Permissions.Documents.RecycleBin,
            Permissions.Requests.View, Permissions.Requests.ViewCountyWide,
            Permissions.Catalogues.ViewTemplates, Permissions.Catalogues.Review, Permissions.Catalogues.Coverage,
            Permissions.Calendar.View,
            Permissions.Audit.View,
            Permissions.ServiceItems.View, Permissions.ServiceItems.Review, Permissions.NewMedia.View, Permissions.NewMedia.Check,
            Permissions.Organisations.Manage,
            Permissions.Interactions.View, Permissions.Interactions.Triage, Permissions.Interactions.Answer, Permissions.Sentiment.Manage,
            Permissions.AnnualReports.View, Permissions.AnnualReports.Review,
            Permissions.Participation.View, Permissions.Participation.Review,
            Permissions.Oversight.View, Permissions.Oversight.ViewCountyWide, Permissions.Oversight.Manage, Permissions.Oversight.Assess),
        [Roles.Administrator] = FrozenSet.Create(
            Permissions.Workspace,
            Permissions.Documents.View, Permissions.Documents.RecycleBin,
            Permissions.Requests.View, Permissions.Requests.ViewCountyWide,
            Permissions.Catalogues.ViewTemplates,
            Permissions.Calendar.View, Permissions.Calendar.Edit,
            Permissions.Audit.View,
            Permissions.Accounts.Manage,
            Permissions.ReferenceData.Manage,
            Permissions.Organisations.Manage,
            Permissions.Interactions.View,
            Permissions.AnnualReports.View,
            Permissions.Participation.View,
            Permissions.Oversight.View, Permissions.Oversight.ViewCountyWide),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The roles that hold a permission (empty for an unknown name).</summary>
    public static IReadOnlyList<string> RolesWith(string permission) =>
        [.. Table.Where(g => g.Value.Contains(permission)).Select(g => g.Key)];

    /// <summary>Whether a role holds a permission.</summary>
    public static bool Grants(string role, string permission) =>
        Table.TryGetValue(role, out var granted) && granted.Contains(permission);

    /// <summary>Whether any of the roles a user holds (<paramref name="isInRole"/>) grants the permission.</summary>
    public static bool GrantedToAny(Func<string, bool> isInRole, string permission)
    {
        ArgumentNullException.ThrowIfNull(isInRole);
        return Roles.All.Any(role => isInRole(role) && Grants(role, permission));
    }

    /// <summary>Every permission some role holds (the policies the web host registers).</summary>
    public static IReadOnlyCollection<string> All { get; } = [.. Table.Values.SelectMany(p => p).Distinct(StringComparer.Ordinal)];
}
