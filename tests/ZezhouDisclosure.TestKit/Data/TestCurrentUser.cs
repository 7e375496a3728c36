using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.TestKit.Data;

/// <summary>A settable current user for handler tests.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    private readonly HashSet<string> _roles = [];

    public bool IsAuthenticated => UserId is not null;

    public string? UserId { get; private set; }

    public string UserName { get; private set; } = "系统";

    public int? OrganisationId { get; private set; }

    public IReadOnlyCollection<int> OrganisationIds { get; private set; } = [];

    public string? IpAddress => "127.0.0.1";

    public bool IsSystem { get; private set; } = true;

    public bool IsInRole(string role) => _roles.Contains(role);

    public TestCurrentUser AsClerk(int organisationId, string userName = "clerk") => Become(userName, organisationId, Roles.Clerk);

    /// <summary>A clerk of the first organisation who also acts for the others (a township for its villages).</summary>
    public TestCurrentUser AsClerkFor(params int[] organisationIds)
    {
        Become("clerk", organisationIds[0], Roles.Clerk);
        OrganisationIds = [.. organisationIds];
        return this;
    }

    /// <summary>The head (单位负责人) of one organisation.</summary>
    public TestCurrentUser AsUnitHead(int organisationId, string userName = "head") => Become(userName, organisationId, Roles.UnitHead);

    public TestCurrentUser AsReviewer(string userName = "reviewer") => Become(userName, null, Roles.Reviewer);

    public TestCurrentUser AsAdministrator(string userName = "admin") => Become(userName, null, Roles.Administrator);

    public TestCurrentUser AsAnonymous()
    {
        IsSystem = false;
        _roles.Clear();
        UserId = null;
        UserName = "匿名用户";
        OrganisationId = null;
        OrganisationIds = [];
        return this;
    }

    public TestCurrentUser AsSystem()
    {
        AsAnonymous();
        IsSystem = true;
        UserName = "系统";
        return this;
    }

    private TestCurrentUser Become(string userName, int? organisationId, string role)
    {
        IsSystem = false;
        _roles.Clear();
        _roles.Add(role);
        UserId = "user-" + userName;
        UserName = userName;
        OrganisationId = organisationId;
        OrganisationIds = organisationId is int id ? [id] : [];
        return this;
    }
}
