namespace ZezhouDisclosure.Web.Features.Disclosure;

/// <summary>The public 政府信息公开 section: its columns, every organisation's pages and the document pages.</summary>
public sealed class DisclosureFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .PublicNav("政府信息公开", PortalUrls.Disclosure, order: 10)
        .PublicNav("政策文件", PortalUrls.Column("xxgk/zcwj"), order: 30)
        .PublicNav("政策解读", PortalUrls.Column("xxgk/zcjd"), order: 40);
}
