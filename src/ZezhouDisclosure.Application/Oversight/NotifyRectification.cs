using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>
/// 通报: the county office sends one or more open findings to their units for 整改 with a due date. Each finding gets its
/// own 整改 (verified one by one by the inspector); a finding that already has one not yet 销号 is refused.
/// </summary>
public sealed record NotifyRectificationCommand(IReadOnlyList<int> FindingIds, DateOnly? DueOn, string? Notice) : ICommand<int>;

public sealed class NotifyRectificationValidator : AbstractValidator<NotifyRectificationCommand>
{
    public NotifyRectificationValidator()
    {
        RuleFor(x => x.FindingIds).NotEmpty().WithMessage("请至少选择一项监测发现。")
            .Must(ids => ids.Count <= 200).WithMessage("一次最多通报 200 项。");
        RuleFor(x => x.DueOn).NotNull().WithMessage("请填写整改期限。");
        RuleFor(x => x.Notice).NotEmpty().WithMessage("请填写通报内容。")
            .MaximumLength(DataLimits.Reason).WithMessage($"通报内容不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class NotifyRectificationHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<NotifyRectificationCommand, int>
{
    public async ValueTask<int> Handle(NotifyRectificationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Manage, "只有县政务公开办可以通报整改。");
        var today = ChinaTime.Today(time);
        if (command.DueOn < today)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.DueOn), "整改期限不能早于今天。")]);
        }

        var ids = command.FindingIds.Distinct().ToList();
        var findings = await db.Findings.Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        if (findings.Count != ids.Count)
        {
            throw new NotFoundException("所选监测发现不存在。");
        }

        if (findings.FirstOrDefault(f => !f.IsOpen || f.OrganisationId is null) is { } unfit)
        {
            throw new ConflictException(unfit.IsOpen ? "全站问题没有责任单位，不能通报整改。" : $"“{unfit.Evidence}”已自动关闭，无需整改。");
        }

        if (await db.Rectifications.AnyAsync(r => ids.Contains(r.FindingId) && r.Status != RectificationStatus.Verified, cancellationToken))
        {
            throw new ConflictException("所选发现中已有正在整改的事项，请勿重复通报。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var finding in findings)
        {
            db.Rectifications.Add(new Rectification(finding.OrganisationId!.Value, finding.Id, command.DueOn!.Value, command.Notice!, today, now, currentUser.UserName));
        }

        foreach (var unit in findings.GroupBy(f => f.OrganisationId))
        {
            db.Audit(OversightAuditActions.NotifyRectification, nameof(Rectification), string.Join(",", unit.Select(f => f.Id)), unit.Key,
                $"通报整改 {unit.Count()} 项，期限 {command.DueOn:yyyy-MM-dd}：{command.Notice}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return findings.Count;
    }
}
