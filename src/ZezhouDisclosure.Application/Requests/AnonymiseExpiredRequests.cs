using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// Removes the applicant's personal data from cases closed more than <see cref="RetentionYears"/> years ago (Beijing
/// dates); the case itself, its decision and everything the annual report counts are kept. Run daily by the background
/// service and on demand by the <c>anonymise-requests</c> command. Idempotent: anonymised cases are not touched again.
/// </summary>
/// <param name="RetentionYears">Whole years after <see cref="DisclosureRequest.ClosedOn"/> (Portal:Requests:RetentionYears).</param>
public sealed record AnonymiseExpiredRequestsCommand(int RetentionYears = AnonymiseExpiredRequestsCommand.DefaultRetentionYears) : ICommand<int>
{
    /// <summary>
    /// 10 years: the shorter 定期 retention of 文书档案 (《机关文件材料归档范围和文书档案保管期限规定》, 国家档案局令第8号);
    /// the applications are archived with the case (条例第四十五条). Set it to the county archive's 保管期限表.
    /// </summary>
    public const int DefaultRetentionYears = 10;
}

public sealed class AnonymiseExpiredRequestsValidator : AbstractValidator<AnonymiseExpiredRequestsCommand>
{
    public AnonymiseExpiredRequestsValidator() =>
        RuleFor(x => x.RetentionYears).InclusiveBetween(1, 100).WithMessage("保存年限应在 1 至 100 年之间。");
}

public sealed class AnonymiseExpiredRequestsHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<AnonymiseExpiredRequestsCommand, int>
{
    public async ValueTask<int> Handle(AnonymiseExpiredRequestsCommand command, CancellationToken cancellationToken)
    {
        if (!currentUser.IsSystem && !currentUser.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenException("只有系统任务或管理员可以匿名化申请人信息。");
        }

        var cutoff = ChinaTime.Today(time).AddYears(-command.RetentionYears);
        var expired = await db.DisclosureRequests.Include(r => r.Consultations)
            .Where(r => r.ClosedOn != null && r.ClosedOn <= cutoff && r.ApplicantName != DisclosureRequest.AnonymisedName)
            .Where(r => r.Status == RequestStatus.Answered || r.Status == RequestStatus.Abandoned || r.Status == RequestStatus.Transferred)
            .ToListAsync(cancellationToken);
        foreach (var request in expired)
        {
            request.Anonymise();
            db.Audit(RequestAuditActions.Anonymise, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
                $"申请 {request.Number} 办结（{request.ClosedOn:yyyy-MM-dd}）已满 {command.RetentionYears} 年，申请人个人信息已匿名化");
        }

        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }
}
