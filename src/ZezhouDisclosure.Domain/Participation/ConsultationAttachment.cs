using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Domain.Participation;

/// <summary>
/// A file of a 征求意见's draft (征求意见稿附件, e.g. the draft as DOCX or a table as PDF): added and removed by the
/// unit's clerk while the consultation is a draft or returned (<see cref="Consultation.Attach"/>,
/// <see cref="Consultation.Detach"/>); public with the consultation.
/// </summary>
public class ConsultationAttachment : Entity, IOrganisationOwned, IAuditable
{
    private ConsultationAttachment()
    {
    }

    internal ConsultationAttachment(Consultation consultation, ConsultationAttachmentFile file)
    {
        ConsultationId = consultation.Id;
        OrganisationId = consultation.OrganisationId;
        FileName = file.FileName;
        StorageKey = file.StorageKey;
        Kind = file.Kind;
        ContentType = file.ContentType;
        Size = file.Size;
        Sha256 = file.Sha256;
        HasTextLayer = file.Kind == AttachmentKind.Pdf ? file.HasTextLayer : null;
        var text = file.ExtractedText?.Trim();
        ExtractedText = string.IsNullOrEmpty(text)
            ? null
            : text.Length > AttachmentKinds.MaxExtractedTextLength ? text[..AttachmentKinds.MaxExtractedTextLength] : text;
    }

    public int ConsultationId { get; private set; }

    public int OrganisationId { get; private set; }

    public string FileName { get; private set; } = "";

    public string StorageKey { get; private set; } = "";

    public AttachmentKind Kind { get; private set; }

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    /// <summary>Whether a PDF has a text layer (false: a scan, the clerk is warned); null for other kinds.</summary>
    public bool? HasTextLayer { get; private set; }

    /// <summary>The file's text for the search index, when it could be read.</summary>
    public string? ExtractedText { get; private set; }

    public bool IsScanWithoutText => Kind == AttachmentKind.Pdf && HasTextLayer == false;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Follows its consultation when the consultation is handed over (<see cref="Consultation.HandOverTo"/>).</summary>
    public void FollowConsultation(Consultation consultation)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        if (consultation.Id != ConsultationId)
        {
            throw new DomainException("附件只能随所属的征求意见移交。");
        }

        OrganisationId = consultation.OrganisationId;
    }
}

/// <summary>A checked, stored file about to be attached to a consultation.</summary>
public sealed record ConsultationAttachmentFile(
    string FileName, string StorageKey, AttachmentKind Kind, string ContentType, long Size, string Sha256, bool? HasTextLayer, string? ExtractedText);
