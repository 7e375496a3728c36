using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// “谁起草、谁解读”: a policy document (政策文件 column) is submitted together with its 解读, or with a “不需解读”
/// declaration and its reason (泽政办发〔2020〕22号 四（三）1).
/// </summary>
internal static class InterpretationRules
{
    public static async Task EnsureReadyAsync(IAppDbContext db, Document document, CancellationToken cancellationToken)
    {
        var isPolicy = await db.Columns.AnyAsync(c => c.Id == document.ColumnId && c.Kind == ColumnKind.PolicyDocuments, cancellationToken);
        if (!isPolicy || document.NoInterpretationReason is not null)
        {
            return;
        }

        var hasInterpretation = document.Id != 0 && await db.InterpretationLinks.AnyAsync(l => l.PolicyId == document.Id, cancellationToken);
        if (!hasInterpretation)
        {
            throw new ValidationException([new ValidationFailure(nameof(DocumentContent.NoInterpretationReason),
                "政策文件须与解读材料同步报送：请先关联解读，或填写不需解读的理由。")]);
        }
    }
}
