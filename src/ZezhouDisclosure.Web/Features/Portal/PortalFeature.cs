namespace ZezhouDisclosure.Web.Features.Portal;

/// <summary>The public home page, the site pages (声明, 隐私, 无障碍…), 长辈版 and the error pages.</summary>
public sealed class PortalFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.PublicNav("首页", PortalUrls.Home, order: 0);
}
