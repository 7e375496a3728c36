using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>
/// The village's 信息员 or the township clerk writes a 村务/财务公开 posting for a period (a month, a quarter or an event
/// day, never in the future) with its 公示期 and the contact for objections. <see cref="Id"/> null creates it.
/// </summary>
public sealed record SaveVillagePostingCommand(
    int? Id, int Version, int VillageId, VillagePostingCategory Category, VillagePeriodKind PeriodKind, int Year, int Number,
    DateOnly? EventDay, string? Title, string? Body, DateOnly? NoticeFrom, DateOnly? NoticeTo, string? ObjectionContact) : ICommand<int>;

public sealed class SaveVillagePostingValidator : AbstractValidator<SaveVillagePostingCommand>
{
    public SaveVillagePostingValidator(TimeProvider time)
    {
        RuleFor(x => x.Category).IsInEnum().WithMessage("请选择公开类别。");
        RuleFor(x => x.PeriodKind).IsInEnum().WithMessage("请选择公开周期。");
        RuleFor(x => x.Title).NotEmpty().WithMessage("请填写标题。").MaximumLength(DataLimits.Title).WithMessage("标题过长。");
        RuleFor(x => x.Body).NotEmpty().WithMessage("请填写公开内容。").MaximumLength(DataLimits.Description).WithMessage($"公开内容不能超过{DataLimits.Description}字，明细请作为附件上传。");
        RuleFor(x => x.NoticeFrom).NotNull().WithMessage("请填写公示期开始日期。");
        RuleFor(x => x.NoticeTo).NotNull().WithMessage("请填写公示期结束日期。")
            .GreaterThanOrEqualTo(x => x.NoticeFrom).When(x => x.NoticeFrom is not null).WithMessage("公示期结束日期不能早于开始日期。");
        RuleFor(x => x.ObjectionContact).MaximumLength(DataLimits.Name).WithMessage("异议联系方式过长。");
        RuleFor(x => x.Number).InclusiveBetween(1, 12).When(x => x.PeriodKind == VillagePeriodKind.Monthly).WithMessage("请选择月份。");
        RuleFor(x => x.Number).InclusiveBetween(1, 4).When(x => x.PeriodKind == VillagePeriodKind.Quarterly).WithMessage("请选择季度。");
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).When(x => x.PeriodKind != VillagePeriodKind.PerEvent).WithMessage("请填写年份。");
        RuleFor(x => x.EventDay).NotNull().When(x => x.PeriodKind == VillagePeriodKind.PerEvent).WithMessage("请填写事项发生日期。");
        RuleFor(x => x).Must(x => !PeriodOf(x)!.Value.IsFuture(ChinaTime.Today(time)))
            .When(x => PeriodOf(x) is not null)
            .OverridePropertyName(nameof(SaveVillagePostingCommand.Year))
            .WithMessage(x => $"公开期间“{PeriodOf(x)!.Value.Label}”尚未开始，不能提前公开。");
    }

    internal static VillagePeriod? PeriodOf(SaveVillagePostingCommand x)
    {
        try
        {
            return VillagePeriod.Create(x.PeriodKind, x.Year, x.Number, x.EventDay);
        }
        catch (DomainException)
        {
            return null;
        }
    }
}

public sealed class SaveVillagePostingHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SaveVillagePostingCommand, int>
{
    public async ValueTask<int> Handle(SaveVillagePostingCommand command, CancellationToken cancellationToken)
    {
        var village = await VillageAccess.VillageAsync(db, command.VillageId, cancellationToken);
        VillageAccess.RequireWriter(currentUser, village);
        if (village.IsRetired)
        {
            throw new DomainException($"“{village.Name}”已撤销。");
        }

        var period = VillagePeriod.Create(command.PeriodKind, command.Year, command.Number, command.EventDay);
        var today = ChinaTime.Today(time);
        VillagePosting posting;
        if (command.Id is int id)
        {
            posting = await db.VillagePostings.FirstOrDefaultAsync(p => p.Id == id && p.OrganisationId == village.Id, cancellationToken)
                ?? throw new NotFoundException("村（居）务公开不存在。");
            db.ExpectVersion(posting, command.Version);
            posting.Edit(command.Category, period, command.Title!, command.Body!, command.NoticeFrom!.Value, command.NoticeTo!.Value, command.ObjectionContact, today);
        }
        else
        {
            posting = new VillagePosting(village.Id, command.Category, period, command.Title!, command.Body!,
                command.NoticeFrom!.Value, command.NoticeTo!.Value, command.ObjectionContact, today);
            db.VillagePostings.Add(posting);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Audit(VillageAuditActions.SavePosting, nameof(VillagePosting), posting.Id.ToString(CultureInfo.InvariantCulture), village.Id,
            $"{village.Name}：保存{VillageLabels.Of(posting.Category)}《{posting.Title}》（{period.Label}）");
        await db.SaveChangesAsync(cancellationToken);
        return posting.Id;
    }
}
