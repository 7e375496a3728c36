using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// 管理员 / 县政务公开办 add a unit (a department, township, village, community or other body) with its short and full
/// legal names, URL segment, 索引号 code, parent and first day. Its clerks can publish as soon as an account is bound to
/// it. A village or community starts with the template 公开事项清单.
/// </summary>
public sealed record AddOrganisationCommand(
    OrganisationKind Kind, string? Name, string? LegalName, string? Slug, string? IndexCode, int? ParentId,
    DateOnly? ValidFrom, int SortOrder = 500, string? Phone = null, string? ContactName = null) : ICommand<int>;

public sealed class AddOrganisationValidator : AbstractValidator<AddOrganisationCommand>
{
    public AddOrganisationValidator(IAppDbContext db)
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("请选择单位类型。")
            .Must(k => k is not OrganisationKind.CountyGovernment and not OrganisationKind.CountyOffice)
            .WithMessage("县人民政府和县政府办公室只有一个，不能新增。");
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写单位简称。").MaximumLength(DataLimits.Name).WithMessage("单位简称过长。");
        RuleFor(x => x.LegalName).MaximumLength(DataLimits.Name).WithMessage("单位全称过长。");
        RuleFor(x => x.Slug).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写网址标识。")
            .Matches(OrganisationRules.SlugPattern).WithMessage("网址标识只能用小写字母、数字和连字符，2至63位。")
            .MustAsync(async (slug, ct) => !await db.Organisations.AnyAsync(o => o.Slug == slug, ct))
            .WithMessage("该网址标识已被其他单位使用。");
        RuleFor(x => x.IndexCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写索引号机构代码。")
            .Matches(OrganisationRules.CodePattern).WithMessage("索引号机构代码只能包含数字、字母和连字符，不超过32位。")
            .MustAsync(async (code, ct) => !await db.Organisations.AnyAsync(o => o.IndexCode == code, ct))
            .WithMessage("该索引号机构代码已被其他单位使用。");
        RuleFor(x => x.ParentId).NotNull().WithMessage("村（居）民委员会须选择所属乡镇。")
            .When(x => x.Kind is OrganisationKind.Village or OrganisationKind.Community);
        RuleFor(x => x.Phone).MaximumLength(DataLimits.ShortText).WithMessage("电话过长。");
        RuleFor(x => x.ContactName).MaximumLength(DataLimits.ShortText).WithMessage("联系人过长。");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000).WithMessage("排序号应在0至10000之间。");
    }
}

public sealed class AddOrganisationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<AddOrganisationCommand, int>
{
    public async ValueTask<int> Handle(AddOrganisationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Organisations.Manage, "只有管理员或县政务公开办可以新增单位。");
        Organisation? parent = null;
        if (command.ParentId is int parentId)
        {
            parent = await db.Organisations.FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken)
                ?? throw new NotFoundException("所选上级单位不存在。");
        }

        var organisation = new Organisation(command.Slug!, command.Name!.Trim(), command.Kind, command.IndexCode!.Trim(), command.SortOrder);
        organisation.SetLegalName(string.IsNullOrWhiteSpace(command.LegalName) ? Organisation.DefaultLegalName(command.Name!.Trim(), command.Kind) : command.LegalName);
        organisation.SetValidity(command.ValidFrom, null, null);
        organisation.SetContact(null, string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim(), null);
        organisation.SetContactName(command.ContactName);
        if (command.Kind == OrganisationKind.Township)
        {
            organisation.SetTownship("镇", null);
        }

        organisation.MoveUnder(parent, await OrganisationRules.ParentLookupAsync(db, cancellationToken));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        if (organisation.IsVillageLevel)
        {
            VillageCatalogues.AddTemplate(db, organisation.Id);
        }

        db.Audit(OrganisationAuditActions.Add, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation.Id,
            $"新增单位：{organisation.Name}（{OrganisationRules.KindName(organisation.Kind)}，{organisation.OfficialName}，索引号机构代码 {organisation.IndexCode}{(parent is null ? "" : "，上级 " + parent.Name)}）");
        await db.SaveChangesAsync(cancellationToken);
        return organisation.Id;
    }
}

/// <summary>The template 公开事项清单 a new village starts with.</summary>
public static class VillageCatalogues
{
    public static void AddTemplate(IAppDbContext db, int villageId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var order = 0;
        foreach (var (area, item, content, timing) in VillageCatalogueTemplate.Rows)
        {
            db.VillageCatalogueItems.Add(new VillageCatalogueItem(villageId, area, item, content, timing, VillageCatalogueTemplate.DefaultChannel, ++order));
        }
    }
}
