using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// “谁起草、谁解读” (泽政办发〔2020〕22号 四（三）1), applied with the domain's <see cref="SynchronousInterpretation"/>:
/// a 政策性文件 or 行政规范性文件 (its type, wherever it is filed; everything filed under 政策文件 counts too) is
/// submitted with its 解读 or a “不需解读” reason, and approved only together with its 解读.
/// </summary>
internal static class InterpretationRules
{
    /// <summary>Whether the document is a policy by type, or filed in the 政策文件 column.</summary>
    public static async Task<bool> IsPolicyTypeAsync(IAppDbContext db, Document document, CancellationToken cancellationToken) =>
        document.IsPolicyType
        || await db.Columns.AnyAsync(c => c.Id == document.ColumnId && c.Kind == ColumnKind.PolicyDocuments, cancellationToken);

    /// <summary>Refuses (400, on the “不需解读的理由” field) a policy submitted with neither a 解读 nor a reason.</summary>
    public static async Task EnsureReadyAsync(IAppDbContext db, Document document, CancellationToken cancellationToken)
    {
        var isPolicy = await IsPolicyTypeAsync(db, document, cancellationToken);
        var hasInterpretation = isPolicy && document.Id != 0
            && await db.InterpretationLinks.AnyAsync(l => l.PolicyId == document.Id, cancellationToken);
        if (SynchronousInterpretation.IsMissing(isPolicy, hasInterpretation, document.NoInterpretationReason))
        {
            throw new ValidationException([new ValidationFailure(nameof(DocumentContent.NoInterpretationReason), SynchronousInterpretation.MissingMessage)]);
        }
    }

    /// <summary>
    /// Before a document is approved: a 解读 whose policy is not live yet is refused (it goes with the policy); a policy
    /// whose 解读 cannot go with it is refused. Returns the 解读 to approve together with the policy.
    /// </summary>
    public static async Task<IReadOnlyList<Document>> EnsureApprovableTogetherAsync(IAppDbContext db, Document document, CancellationToken cancellationToken)
    {
        var policyIds = db.InterpretationLinks.Where(l => l.InterpretationId == document.Id).Select(l => l.PolicyId);
        var policies = await db.Documents.Where(d => policyIds.Contains(d.Id)).ToListAsync(cancellationToken);
        if (SynchronousInterpretation.RefuseInterpretationApproval(policies) is { } refusal)
        {
            throw new ConflictException(refusal);
        }

        var interpretationIds = db.InterpretationLinks.Where(l => l.PolicyId == document.Id).Select(l => l.InterpretationId);
        var interpretations = await db.Documents.Where(d => interpretationIds.Contains(d.Id)).ToListAsync(cancellationToken);
        if (document.Attribute == DisclosureAttribute.Proactive && SynchronousInterpretation.RefusePolicyApproval(interpretations) is { } blocked)
        {
            throw new ConflictException(blocked);
        }

        return document.Attribute == DisclosureAttribute.Proactive
            ? [.. interpretations.Where(SynchronousInterpretation.PublishesWithPolicy)]
            : [];
    }
}
