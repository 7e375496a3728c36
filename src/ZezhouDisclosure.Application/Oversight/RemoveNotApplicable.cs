using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Oversight;

/// <summary>The county office takes a “不涉及” mark back: the column counts as blank again if the unit published nothing.</summary>
public sealed record RemoveNotApplicableCommand(int Id) : ICommand;

public sealed class RemoveNotApplicableHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RemoveNotApplicableCommand>
{
    public async ValueTask<Unit> Handle(RemoveNotApplicableCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Oversight.Manage, "只有县政务公开办可以取消“不涉及”标记。");
        var mark = await db.NotApplicableMarks.SingleOrDefaultAsync(m => m.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
        db.NotApplicableMarks.Remove(mark);
        db.Audit(OversightAuditActions.RemoveNotApplicable, "NotApplicableMark", mark.ColumnId.ToString(CultureInfo.InvariantCulture),
            mark.OrganisationId, $"取消“不涉及”标记（原理由：{mark.Reason}）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
