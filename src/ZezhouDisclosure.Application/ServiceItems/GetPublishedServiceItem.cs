using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>A published item's guide for the public page and the printable 一次告知单 (never the working copy).</summary>
public sealed record GetPublishedServiceItemQuery(int Id) : IQuery<ServiceItemPage>;

public sealed class GetPublishedServiceItemHandler(IAppDbContext db) : IQueryHandler<GetPublishedServiceItemQuery, ServiceItemPage>
{
    public async ValueTask<ServiceItemPage> Handle(GetPublishedServiceItemQuery query, CancellationToken cancellationToken)
    {
        var item = await db.ServiceItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.Id && i.PublishedGuideJson != null, cancellationToken)
            ?? throw new NotFoundException("办事指南不存在或尚未发布。");
        return await ServiceItemPages.BuildAsync(db, item, item.PublishedGuide!, cancellationToken);
    }
}
