using System.Reflection;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Common.Security;

public class RolePermissionsTests
{
    private static IEnumerable<string> Declared() =>
        typeof(Permissions).GetNestedTypes().Prepend(typeof(Permissions))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void EveryDeclaredPermission_IsGrantedToSomeRole_AndNamedOnce()
    {
        var declared = Declared().ToList();
        Assert.Equal(declared.Count, declared.Distinct(StringComparer.Ordinal).Count());
        Assert.All(declared, p => Assert.NotEmpty(RolePermissions.RolesWith(p)));
        Assert.Equal(declared.Order(StringComparer.Ordinal), RolePermissions.All.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Roles.Clerk, Permissions.Documents.Draft, true)]
    [InlineData(Roles.Clerk, Permissions.Documents.Review, false)]
    [InlineData(Roles.UnitHead, Permissions.Documents.ApproveInUnit, true)]
    [InlineData(Roles.UnitHead, Permissions.Documents.Draft, false)]
    [InlineData(Roles.UnitHead, Permissions.Documents.Review, false)]
    [InlineData(Roles.Clerk, Permissions.Documents.ApproveInUnit, false)]
    [InlineData(Roles.Reviewer, Permissions.Documents.ApproveInUnit, false)]
    [InlineData(Roles.Reviewer, Permissions.Documents.Review, true)]
    [InlineData(Roles.Reviewer, Permissions.Accounts.Manage, false)]
    [InlineData(Roles.Administrator, Permissions.Accounts.Manage, true)]
    [InlineData(Roles.Administrator, Permissions.Documents.Draft, false)]
    [InlineData("Unknown", Permissions.Workspace, false)]
    public void Grants_FollowsTheTable(string role, string permission, bool granted) =>
        Assert.Equal(granted, RolePermissions.Grants(role, permission));

    [Fact]
    public void Require_RefusesWithTheGivenReason_UnlessARoleGrantsIt()
    {
        var clerk = new TestCurrentUser().AsClerk(1);
        var refused = Assert.Throws<ForbiddenException>(() => clerk.Require(Permissions.Documents.Review, "只有审核员可以审核。"));
        Assert.Equal("只有审核员可以审核。", refused.Message);

        clerk.Require(Permissions.Documents.Draft, "不会出现");
        Assert.True(new TestCurrentUser().AsReviewer().Has(Permissions.Catalogues.Review));
    }
}
