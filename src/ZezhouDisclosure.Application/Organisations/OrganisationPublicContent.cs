using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>The public content kind of organisations, and what a saved organisation changes.</summary>
public static class OrganisationPublicContent
{
    private static readonly PublicContentKind OrganisationKind = new("organisation");

    extension(PublicContentKind)
    {
        /// <summary>An organisation (its name is on its documents, its pages and a township's catalogue).</summary>
        public static PublicContentKind Organisation => OrganisationKind;
    }
}

public sealed class OrganisationContentSource : PublicContentSource
{
    public OrganisationContentSource()
    {
        Map<Organisation>(organisation => [new(PublicContentKind.Organisation, organisation.Id, organisation.Id)]);
        Map<OrganisationNameRecord>(record => [new(PublicContentKind.Organisation, record.OrganisationId, record.OrganisationId)]);
    }
}
