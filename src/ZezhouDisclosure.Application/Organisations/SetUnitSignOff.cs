using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// An administrator turns an organisation's own sign-off step (单位内审核: 信息员 → 单位负责人 → 县政务公开办) on or off.
/// Documents already waiting for the unit head stay there until the head decides or the clerk recalls them.
/// </summary>
public sealed record SetUnitSignOffCommand(int Id, int Version, bool Enabled) : ICommand;

public sealed class SetUnitSignOffHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<SetUnitSignOffCommand>
{
    public async ValueTask<Unit> Handle(SetUnitSignOffCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ReferenceData.Manage, "只有管理员可以执行此操作。");
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        db.ExpectVersion(organisation, command.Version);
        organisation.SetUnitSignOff(command.Enabled);
        db.Audit(OrganisationAuditActions.SetUnitSignOff, "Organisation", organisation.Id.ToString(CultureInfo.InvariantCulture), organisation.Id,
            $"{(command.Enabled ? "开启" : "关闭")}{organisation.Name}的单位内审核（信息员 → 单位负责人 → 县政务公开办）");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
