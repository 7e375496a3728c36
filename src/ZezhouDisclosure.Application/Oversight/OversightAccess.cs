using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>Who sees which findings: the county office every unit's (and the site's), a unit's staff their own units' only.</summary>
internal static class OversightAccess
{
    /// <summary>Null: every unit. Otherwise the units the caller acts for (findings are not scoped by the data layer).</summary>
    public static IReadOnlyCollection<int>? Units(ICurrentUser currentUser)
    {
        currentUser.Require(Permissions.Oversight.View, "您没有查看监测结果的权限。");
        if (currentUser.Has(Permissions.Oversight.ViewCountyWide))
        {
            return null;
        }

        return currentUser.OrganisationIds.Count > 0 ? currentUser.OrganisationIds : throw new ForbiddenException("您的账号未关联单位。");
    }

    public static IQueryable<Finding> Visible(this IQueryable<Finding> findings, IReadOnlyCollection<int>? units)
    {
        if (units is null)
        {
            return findings;
        }

        var ids = units.ToList();
        return findings.Where(f => f.OrganisationId != null && ids.Contains(f.OrganisationId.Value));
    }

    public static string Label(FindingLevel level) => level switch
    {
        FindingLevel.Veto => "单项否决",
        FindingLevel.Deduction => "扣分",
        _ => "提示",
    };

    public static string Label(RectificationStatus status) => status switch
    {
        RectificationStatus.Open => "待整改",
        RectificationStatus.Done => "已整改待复核",
        _ => "已销号",
    };
}
