using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>The unit's clerk records the 整改 and marks it done; the inspector's next run verifies it.</summary>
public sealed record RecordRectificationCommand(int Id, int Version, string? Note) : ICommand;

public sealed class RecordRectificationValidator : AbstractValidator<RecordRectificationCommand>
{
    public RecordRectificationValidator()
    {
        RuleFor(x => x.Note).NotEmpty().WithMessage("请填写整改情况。")
            .MaximumLength(DataLimits.Reason).WithMessage($"整改情况不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class RecordRectificationHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RecordRectificationCommand>
{
    public async ValueTask<Unit> Handle(RecordRectificationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Rectify, "只有本单位信息员可以填报整改情况。");
        // The organisation-scope filter keeps a clerk to their own unit's 整改 (another unit's is simply not found).
        var rectification = await db.Rectifications.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        if (rectification.Version != command.Version)
        {
            throw new ConflictException("该整改已被他人更新，请刷新后重试。");
        }

        if (!rectification.CanRecord)
        {
            throw new ConflictException(rectification.Status == RectificationStatus.Done ? "该整改已标记完成，等待监测复核。" : "该整改已销号。");
        }

        db.Entry(rectification).Property(r => r.Version).OriginalValue = command.Version;
        rectification.Record(command.Note!, time.GetUtcNow().UtcDateTime, currentUser.UserName);
        db.Audit(OversightAuditActions.RecordRectification, nameof(Rectification), rectification.Id.ToString(CultureInfo.InvariantCulture),
            rectification.OrganisationId, $"填报整改情况并标记完成：{command.Note}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
