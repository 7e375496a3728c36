using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>The public content kind of 村（居）务公开 (a village's postings, files and 公开事项清单).</summary>
public static class VillagePublicContent
{
    private static readonly PublicContentKind VillageKind = new("village");

    extension(PublicContentKind)
    {
        public static PublicContentKind Village => VillageKind;
    }
}

public sealed class VillageContentSource : PublicContentSource
{
    public VillageContentSource()
    {
        Map<VillagePosting>(p => [new(PublicContentKind.Village, p.Id, p.OrganisationId)]);
        Map<VillagePostingAttachment>(a => [new(PublicContentKind.Village, a.PostingId, a.OrganisationId)]);
        Map<VillageCatalogueItem>(i => [new(PublicContentKind.Village, i.Id, i.OrganisationId)]);
    }
}
