using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>
/// The county office marks a column “不涉及” for a unit with the reason (e.g. 行政处罚 of a unit with no such power), or
/// changes the reason; the blank-column rule then passes the column over.
/// </summary>
public sealed record SetNotApplicableCommand(int OrganisationId, int ColumnId, string? Reason) : ICommand;

public sealed class SetNotApplicableValidator : AbstractValidator<SetNotApplicableCommand>
{
    public SetNotApplicableValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("标记“不涉及”必须说明理由。")
            .MaximumLength(DataLimits.Reason).WithMessage($"理由不能超过{DataLimits.Reason}个字。");
    }
}

public sealed class SetNotApplicableHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SetNotApplicableCommand>
{
    public async ValueTask<Unit> Handle(SetNotApplicableCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Manage, "只有县政务公开办可以标记“不涉及”。");
        var organisation = await db.Organisations.Where(o => o.Id == command.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        var column = await db.Columns.Where(c => c.Id == command.ColumnId && c.AcceptsDocuments).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("栏目不存在。");
        var mark = await db.NotApplicableMarks.SingleOrDefaultAsync(m => m.OrganisationId == command.OrganisationId && m.ColumnId == command.ColumnId, cancellationToken);
        if (mark is null)
        {
            mark = new NotApplicableMark(command.OrganisationId, command.ColumnId, command.Reason!);
            db.NotApplicableMarks.Add(mark);
        }
        else
        {
            mark.ChangeReason(command.Reason!);
        }

        db.Audit(OversightAuditActions.MarkNotApplicable, nameof(NotApplicableMark), command.ColumnId.ToString(CultureInfo.InvariantCulture),
            command.OrganisationId, $"{organisation}“{column}”标记为不涉及：{command.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
