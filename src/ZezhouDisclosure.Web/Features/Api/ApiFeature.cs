namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>The read-only JSON API at /api/v1 (docs/api.md).</summary>
public sealed class ApiFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature.Services.AddPortalApi(feature.Configuration);
}
