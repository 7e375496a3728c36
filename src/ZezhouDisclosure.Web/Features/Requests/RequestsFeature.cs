using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Web.Configuration;

namespace ZezhouDisclosure.Web.Features.Requests;

/// <summary>依申请公开: the public form and status query, the staff procedure, notices, figures and retention.</summary>
public sealed class RequestsFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .PublicNav("依申请公开", PortalUrls.Requests, order: 50)
            .AdminMenu("依申请公开", "DisclosureRequests", "Index", Permissions.Requests.View, order: 20)
            .MergeHandOver<RequestMergeHandOver>();
        feature.Services.AddOptions<RequestRetentionOptions>()
            .Bind(feature.Configuration.GetSection(RequestRetentionOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        feature.Services.AddHostedService<RequestRetentionService>();
        feature.Services.AddSingleton<ApplicantReplyTokens>();
    }
}
