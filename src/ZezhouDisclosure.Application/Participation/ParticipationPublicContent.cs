using ZezhouDisclosure.Application.Common.Abstractions;
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

/// <summary>A saved consultation or comment changes the consultation's public page, the lists and search.</summary>
public sealed class ConsultationContentSource : PublicContentSource
{
    public ConsultationContentSource()
    {
        Map<Consultation>(c => [new(PublicContentKind.Consultation, c.Id, c.OrganisationId)]);
        Map<ConsultationComment>(c => [new(PublicContentKind.Consultation, c.ConsultationId, c.OrganisationId)]);
    }
}
