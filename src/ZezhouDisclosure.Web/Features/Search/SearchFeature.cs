namespace ZezhouDisclosure.Web.Features.Search;

/// <summary>站内搜索: the search page and the index kept at start-up (the index itself lives in Infrastructure).</summary>
public sealed class SearchFeature : IFeature
{
    public void Register(FeatureBuilder feature) =>
        feature.Services.AddHostedService<SearchIndexStartupService>();
}
