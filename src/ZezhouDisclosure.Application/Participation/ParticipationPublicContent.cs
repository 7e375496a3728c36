using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>The public content kind of 征求意见 (with their comments and feedback).</summary>
public static class ParticipationPublicContent
{
    private static readonly PublicContentKind ConsultationKind = new("consultation");

    extension(PublicContentKind)
    {
        /// <summary>A consultation; the id is the consultation's, the organisation its unit's.</summary>
        public static PublicContentKind Consultation => ConsultationKind;
    }
}

/// <summary>A saved consultation or comment changes the consultation's public page, the lists and search (and a linked decision's page).</summary>
public sealed class ConsultationContentSource : PublicContentSource
{
    public ConsultationContentSource()
    {
        // A linked decision document shows the back-link on its page: its page changes too.
        Map<Consultation>(c => c.DecisionDocumentId is int documentId
            ? [new(PublicContentKind.Consultation, c.Id, c.OrganisationId), new(PublicContentKind.Document, documentId, null)]
            : [new(PublicContentKind.Consultation, c.Id, c.OrganisationId)]);
        Map<ConsultationComment>(c => [new(PublicContentKind.Consultation, c.ConsultationId, c.OrganisationId)]);
    }
}
