using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// A unit is renamed from a day (名称沿革): the old short and legal names are kept, and documents published before the
/// day still show the name they were published under. The URL segment and the 索引号 code stay.
/// </summary>
public sealed record RenameOrganisationCommand(int Id, int Version, string? Name, string? LegalName, DateOnly? EffectiveOn) : ICommand;

public sealed class RenameOrganisationValidator : AbstractValidator<RenameOrganisationCommand>
{
    public RenameOrganisationValidator(TimeProvider time)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写新名称。").MaximumLength(DataLimits.Name).WithMessage("名称过长。");
        RuleFor(x => x.LegalName).MaximumLength(DataLimits.Name).WithMessage("全称过长。");
        RuleFor(x => x.EffectiveOn).NotNull().WithMessage("请填写更名日期。")
            .Must(d => d <= ChinaTime.Today(time).AddYears(1)).WithMessage("更名日期不能晚于一年以后。");
    }
}

public sealed class RenameOrganisationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<RenameOrganisationCommand>
{
    public async ValueTask<Unit> Handle(RenameOrganisationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Organisations.Manage, "只有管理员或县政务公开办可以为单位更名。");
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        db.ExpectVersion(organisation, command.Version);
        var before = organisation.Name;
        var record = organisation.ChangeName(command.Name!, command.LegalName, command.EffectiveOn!.Value)
            ?? throw new DomainException("新名称与现名称相同。");
        db.OrganisationNameRecords.Add(record);
        db.Audit(OrganisationAuditActions.Rename, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation.Id,
            $"单位更名：{before} → {organisation.Name}（全称 {organisation.OfficialName}），自{command.EffectiveOn:yyyy年MM月dd日}起");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
