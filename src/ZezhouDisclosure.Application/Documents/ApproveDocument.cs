using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// A county reviewer approves a submitted document: it takes the next 索引号 of its organisation for the current
/// year and, when 主动公开, appears in its public column — at once, or at <see cref="PublishAt"/> (Beijing time).
/// </summary>
public sealed record ApproveDocumentCommand(int Id, int Version, DateTime? PublishAt = null) : ICommand<string>;

public sealed class ApproveDocumentValidator : AbstractValidator<ApproveDocumentCommand>
{
    public ApproveDocumentValidator(TimeProvider time)
    {
        // Compared in Beijing time, as typed: converting a typed 0001-01-01 to UTC would fall before DateTime.MinValue.
        RuleFor(x => x.PublishAt)
            .Must(at => at is null || at.Value > BeijingNow(time)).WithMessage("定时发布时间必须晚于现在。")
            .Must(at => at is null || at.Value < BeijingNow(time).AddYears(1)).WithMessage("定时发布时间不能超过一年。");
    }

    private static DateTime BeijingNow(TimeProvider time) => ChinaTime.ToBeijing(time.GetUtcNow().UtcDateTime);

    /// <summary>The form's time is Beijing time (validated to lie within the next year, so the conversion cannot overflow).</summary>
    public static DateTime ToUtc(DateTime beijing) => DateTime.SpecifyKind(beijing - ChinaTime.Offset, DateTimeKind.Utc);
}

public sealed class ApproveDocumentHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<ApproveDocumentCommand, string>
{
    public async ValueTask<string> Handle(ApproveDocumentCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Documents.Review, "只有县政务公开办审核员可以审核。");
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException();
        // Checked before an index number is taken.
        if (!document.CanApprove())
        {
            throw new ConflictException(document.CanReturn()
                ? "依申请公开、不予公开的信息须先完成公开属性备案，才能审核通过。"
                : document.Status == DocumentStatus.AwaitingUnitApproval
                    ? "该信息尚待本单位负责人审核，通过后才能由县政务公开办审核。"
                    : "该信息不在待审核状态，可能已被其他审核员处理。");
        }

        // 同步审签、同步发布: refused before an index number is taken when the policy and its 解读 cannot go live together.
        var interpretations = await InterpretationRules.EnsureApprovableTogetherAsync(db, document, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var indexNumber = await IndexNumberAllocator.NextAsync(db, document.OrganisationId, time, cancellationToken);
        db.ExpectVersion(document, command.Version);
        document.Approve(indexNumber, now, currentUser.UserName, command.PublishAt is { } at ? ApproveDocumentValidator.ToUtc(at) : null);
        db.Audit(
            DocumentAuditActions.Approve,
            document,
            document.Status switch
            {
                DocumentStatus.Published => $"审核通过并发布《{document.Title}》，索引号 {indexNumber}",
                DocumentStatus.Scheduled => $"审核通过《{document.Title}》，索引号 {indexNumber}，定时于 {ChinaTime.ToBeijing(document.ScheduledAt!.Value):yyyy-MM-dd HH:mm} 发布",
                _ => $"审核通过《{document.Title}》（不主动公开），索引号 {indexNumber}",
            });
        // The policy's 解读 are approved with it and go live at the same moment (or are scheduled with it).
        foreach (var interpretation in interpretations)
        {
            var number = await IndexNumberAllocator.NextAsync(db, interpretation.OrganisationId, time, cancellationToken);
            interpretation.Approve(number, now, currentUser.UserName, document.Status == DocumentStatus.Scheduled ? document.ScheduledAt : null);
            db.Audit(DocumentAuditActions.Approve, interpretation, $"随《{document.Title}》一并审核通过解读《{interpretation.Title}》，索引号 {number}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return indexNumber;
    }
}
