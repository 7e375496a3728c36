using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// 提交审核, shared by the submit button and the “保存并提交审核” of the drafting form: the 解读 rule, then the
/// document goes to its unit head (待单位审核) when its organisation requires the unit's own sign-off, else straight to
/// the county office; audited either way.
/// </summary>
internal static class DocumentSubmission
{
    public static async Task SubmitAsync(IAppDbContext db, Document document, ICurrentUser currentUser, TimeProvider time, CancellationToken cancellationToken)
    {
        await InterpretationRules.EnsureReadyAsync(db, document, cancellationToken);
        var organisation = await db.Organisations.FirstAsync(o => o.Id == document.OrganisationId, cancellationToken);
        document.Submit(time.GetUtcNow().UtcDateTime, currentUser.UserName, organisation.RequiresUnitSignOff);
        db.Audit(
            DocumentAuditActions.Submit,
            document,
            document.Status == DocumentStatus.AwaitingUnitApproval
                ? $"提交单位审核《{document.Title}》（待单位负责人审核后报县政务公开办）"
                : $"提交审核《{document.Title}》");
    }
}
