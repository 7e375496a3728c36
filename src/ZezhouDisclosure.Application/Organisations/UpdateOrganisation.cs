using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Organisations;

/// <summary>
/// An administrator corrects an organisation's reference data: its name, the code written at the head of its
/// 索引号 (for example its 统一社会信用代码), its contact details and display order, its full legal name (the issuer
/// of its 告知书) and the 文号 pattern of its 依申请公开 notices. Existing 索引号 and 文号 never change.
/// </summary>
public sealed record UpdateOrganisationCommand(
    int Id, int Version, string? Name, string? IndexCode, string? Address, string? Phone, string? OfficeHours, int SortOrder,
    string? LegalName = null, string? NoticeNumberPattern = null) : ICommand;

public sealed class UpdateOrganisationValidator : AbstractValidator<UpdateOrganisationCommand>
{
    public UpdateOrganisationValidator(IAppDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写机构名称。").MaximumLength(DataLimits.Name).WithMessage("机构名称过长。");
        RuleFor(x => x.IndexCode).NotEmpty().WithMessage("请填写索引号机构代码。")
            .Matches("^[0-9A-Za-z-]{1,32}$").WithMessage("索引号机构代码只能包含数字、字母和连字符，不超过32位。")
            .MustAsync(async (command, code, ct) => !await db.Organisations.AnyAsync(o => o.IndexCode == code && o.Id != command.Id, ct))
            .WithMessage("该索引号机构代码已被其他单位使用。");
        RuleFor(x => x.Address).MaximumLength(DataLimits.Name).WithMessage("地址过长。");
        RuleFor(x => x.Phone).MaximumLength(DataLimits.ShortText).WithMessage("电话过长。");
        RuleFor(x => x.OfficeHours).MaximumLength(DataLimits.Name).WithMessage("办公时间过长。");
        RuleFor(x => x.LegalName).MaximumLength(DataLimits.Name).WithMessage("机构全称过长。");
        RuleFor(x => x.NoticeNumberPattern).Must(p => NoticeNumber.PatternProblem(p) is null)
            .When(x => !string.IsNullOrWhiteSpace(x.NoticeNumberPattern))
            .WithMessage(x => NoticeNumber.PatternProblem(x.NoticeNumberPattern)!);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000).WithMessage("排序号应在0至10000之间。");
    }
}

public sealed class UpdateOrganisationHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<UpdateOrganisationCommand>
{
    public async ValueTask<Unit> Handle(UpdateOrganisationCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ReferenceData.Manage, "只有管理员可以执行此操作。");
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("单位不存在。");
        db.ExpectVersion(organisation, command.Version);
        var before = $"{organisation.Name}（{organisation.IndexCode}）";
        organisation.Rename(command.Name!, command.IndexCode!, command.SortOrder);
        organisation.SetContact(Blank(command.Address), Blank(command.Phone), Blank(command.OfficeHours));
        organisation.SetLegalName(command.LegalName);
        organisation.SetNoticeNumberPattern(command.NoticeNumberPattern);
        db.Audit(OrganisationAuditActions.Update, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisation.Id,
            $"修改单位信息：{before} → {organisation.Name}（{organisation.IndexCode}），全称 {organisation.OfficialName}，告知书文号格式 {organisation.NoticeNumberPattern ?? "（未设置）"}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
