using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.ServiceItems;

namespace ZezhouDisclosure.Web.Features.ServiceItems;

/// <summary>办事服务公开: 政务服务事项 with their 办事指南, reviewed like documents, behind the public 在线办事 entry.</summary>
public sealed class ServiceItemsFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .PublicNav("在线办事", ServiceUrls.Index, order: 55)
        .AdminMenu("办事服务", "ServiceItems", "Index", Permissions.ServiceItems.View, order: 32)
        .WorkbenchPanel<ServiceItemWorkbenchPanel>()
        .SelfCheckFigures<ServiceItemSelfCheckFigures>();
}
