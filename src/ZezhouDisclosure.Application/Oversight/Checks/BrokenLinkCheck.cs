using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Oversight;

namespace ZezhouDisclosure.Application.Oversight.Checks;

/// <summary>
/// 错链断链: links in published bodies (href and src) and web addresses in attachment text that lead nowhere. Internal
/// links are resolved against the portal's own routes and data; external ones are fetched through <see cref="ILinkProbe"/>
/// (short timeout, polite rate, cached; a fetch never fails the run) when <see cref="InspectorSettings.FetchExternalLinks"/>
/// is on (checklist #11, #12; 国办秘函〔2019〕19号 扣分项“链接不可用”).
/// </summary>
public sealed class BrokenLinkCheck(IAppDbContext db, IPortalRoutes routes, ILinkProbe probe, InspectorSettings settings) : IComplianceCheck
{
    public string Code => "content.broken-link";

    public string Name => "错链断链";

    public string Source => "国办秘函〔2019〕19号 “可用性”扣分指标（链接不可用）";

    public async Task<IReadOnlyList<ComplianceObservation>> RunAsync(ComplianceCheckContext context, CancellationToken cancellationToken)
    {
        var targets = new LinkTargets(db, routes);
        var observations = new List<ComplianceObservation>();
        await foreach (var text in PublishedTexts.ReadAsync(db, context, cancellationToken))
        {
            var links = text.AttachmentId is null ? LinkTargets.InHtml(text.Html) : LinkTargets.InText(text.Text);
            var broken = new List<string>();
            foreach (var link in links)
            {
                if (await targets.ResolveAsync(link, cancellationToken) is { } resolved)
                {
                    if (!resolved)
                    {
                        broken.Add($"{link}（站内页面不存在）");
                    }
                }
                else if (settings.FetchExternalLinks && LinkTargets.External(link) is { } uri)
                {
                    var result = await probe.ProbeAsync(uri, cancellationToken);
                    if (result.IsBroken)
                    {
                        broken.Add($"{link}（{result.Describe()}）");
                    }
                }
            }

            if (broken.Count > 0)
            {
                observations.Add(new ComplianceObservation(text.OrganisationId, text.Subject, FindingSeverity.Deduction,
                    $"{text.Where}有 {broken.Count} 个链接不可用：{string.Join("；", broken.Take(5))}{(broken.Count > 5 ? "……" : "")}。",
                    InspectionScope.DocumentLink(text.DocumentId)));
            }
        }

        return observations;
    }
}
