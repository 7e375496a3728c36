using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>The public content kinds of township catalogues and catalogue templates, and what a saved one changes.</summary>
public static class CataloguePublicContent
{
    private static readonly PublicContentKind CatalogueKind = new("catalogue");
    private static readonly PublicContentKind CatalogueTemplateKind = new("catalogue-template");

    extension(PublicContentKind)
    {
        /// <summary>
        /// A township's catalogue. A township has one catalogue, so the id is the township's organisation id (and so is
        /// the organisation).
        /// </summary>
        public static PublicContentKind Catalogue => CatalogueKind;

        /// <summary>A catalogue template (id of the template, no organisation).</summary>
        public static PublicContentKind CatalogueTemplate => CatalogueTemplateKind;
    }
}

/// <summary>Catalogues, their published versions, filings of documents under rows, and templates.</summary>
public sealed class CatalogueContentSource : PublicContentSource
{
    public CatalogueContentSource()
    {
        Map<TownshipCatalogue>(catalogue => [new(PublicContentKind.Catalogue, catalogue.OrganisationId, catalogue.OrganisationId)]);
        Map<CatalogueVersion>(version => [new(PublicContentKind.Catalogue, version.OrganisationId, version.OrganisationId)]);
        Map<CatalogueItemDocument>(filing =>
        [
            new(PublicContentKind.Catalogue, filing.OrganisationId, filing.OrganisationId),
            new(PublicContentKind.Document, filing.DocumentId, filing.OrganisationId),
        ]);
        Map<CatalogueTemplate>(template => [new(PublicContentKind.CatalogueTemplate, template.Id, null)]);
    }
}
