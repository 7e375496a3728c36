using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The public content kind of 征求意见 (with their comments and feedback).</summary>
public static class ParticipationPublicContent
{
    private static readonly PublicContentKind ConsultationKind = new("consultation");
    private static readonly PublicContentKind ParticipationCatalogueKind = new("participation-catalogue");
    private static readonly PublicContentKind ParticipationRecordKind = new("participation-record");

    extension(PublicContentKind)
    {
        /// <summary>A consultation; the id is the consultation's, the organisation its unit's.</summary>
        public static PublicContentKind Consultation => ConsultationKind;

        /// <summary>A unit's 公众参与事项目录 (any version); the id is the catalogue's, the organisation its unit's.</summary>
        public static PublicContentKind ParticipationCatalogue => ParticipationCatalogueKind;

        /// <summary>A 列席 / 访谈 record; the id is the record's, the organisation its unit's.</summary>
        public static PublicContentKind ParticipationRecord => ParticipationRecordKind;
    }
}

/// <summary>A saved consultation, comment or attachment changes the consultation's public page, the lists and search (and a linked decision's page).</summary>
public sealed class ConsultationContentSource : PublicContentSource
{
    public ConsultationContentSource()
    {
        // A linked decision document shows the back-link on its page: its page changes too.
        Map<Consultation>(c => c.DecisionDocumentId is int documentId
            ? [new(PublicContentKind.Consultation, c.Id, c.OrganisationId), new(PublicContentKind.Document, documentId, null)]
            : [new(PublicContentKind.Consultation, c.Id, c.OrganisationId)]);
        Map<ConsultationComment>(c => [new(PublicContentKind.Consultation, c.ConsultationId, c.OrganisationId)]);
        Map<ConsultationAttachment>(a => [new(PublicContentKind.Consultation, a.ConsultationId, a.OrganisationId)]);
    }
}

/// <summary>A saved 参与事项目录 (or one of its items) or 列席 / 访谈 record changes the unit's 公众参与 pages.</summary>
public sealed class ParticipationInfoContentSource : PublicContentSource
{
    public ParticipationInfoContentSource()
    {
        Map<ParticipationCatalogue>(c => [new(PublicContentKind.ParticipationCatalogue, c.Id, c.OrganisationId)]);
        Map<ParticipationCatalogueItem>(i => [new(PublicContentKind.ParticipationCatalogue, i.CatalogueId, i.OrganisationId)]);
        Map<ParticipationRecord>(r => [new(PublicContentKind.ParticipationRecord, r.Id, r.OrganisationId)]);
    }
}
