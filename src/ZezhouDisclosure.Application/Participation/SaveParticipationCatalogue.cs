using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>One row of the 参与事项目录 form; a row left entirely blank is ignored.</summary>
public sealed record ParticipationItemInput(string? Title, ParticipationMethod? Method, string? Channel, string? PlannedTime)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && Method is null && string.IsNullOrWhiteSpace(Channel) && string.IsNullOrWhiteSpace(PlannedTime);
}

/// <summary>
/// A clerk writes the unit's 公众参与事项目录 for a year with its standing rules (<see cref="Id"/> null: a new one) and,
/// with <see cref="Submit"/>, sends it to the county office. Returns the catalogue's id.
/// </summary>
public sealed record SaveParticipationCatalogueCommand(
    int? Id,
    int Version,
    int? Year,
    string? Scope,
    string? Methods,
    string? Channels,
    IReadOnlyList<ParticipationItemInput> Items,
    bool Submit) : ICommand<int>;

public sealed class SaveParticipationCatalogueValidator : AbstractValidator<SaveParticipationCatalogueCommand>
{
    public SaveParticipationCatalogueValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("请填写年度。");
        RuleFor(x => x.Scope).NotEmpty().WithMessage("请填写参与范围。")
            .MaximumLength(DataLimits.Description).WithMessage($"参与范围不能超过 {DataLimits.Description} 字。");
        RuleFor(x => x.Methods).NotEmpty().WithMessage("请填写参与方式。")
            .MaximumLength(DataLimits.Description).WithMessage($"参与方式不能超过 {DataLimits.Description} 字。");
        RuleFor(x => x.Channels).NotEmpty().WithMessage("请填写参与渠道。")
            .MaximumLength(DataLimits.Description).WithMessage($"参与渠道不能超过 {DataLimits.Description} 字。");
        RuleFor(x => x.Items).Must(items => items.Count(i => !i.IsBlank) <= ParticipationCatalogue.MaxItems)
            .WithMessage($"一个目录最多 {ParticipationCatalogue.MaxItems} 个事项。");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Title).NotEmpty().When(i => !i.IsBlank).WithMessage("请填写决策事项名称。")
                .MaximumLength(DataLimits.Title).WithMessage($"决策事项名称不能超过 {DataLimits.Title} 字。");
            item.RuleFor(i => i.Method).NotNull().When(i => !i.IsBlank).WithMessage("请选择参与方式。")
                .IsInEnum().WithMessage("参与方式无效。");
            item.RuleFor(i => i.Channel).NotEmpty().When(i => !i.IsBlank).WithMessage("请填写参与渠道。")
                .MaximumLength(DataLimits.Summary).WithMessage($"参与渠道不能超过 {DataLimits.Summary} 字。");
            item.RuleFor(i => i.PlannedTime).MaximumLength(DataLimits.ShortText).WithMessage($"计划时间不能超过 {DataLimits.ShortText} 字。");
        });
        RuleFor(x => x.Items).Must(items => items.Any(i => !i.IsBlank)).When(x => x.Submit)
            .WithMessage("参与事项目录至少须列出一个决策事项。");
    }
}

public sealed class SaveParticipationCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SaveParticipationCatalogueCommand, int>
{
    public async ValueTask<int> Handle(SaveParticipationCatalogueCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以编写公众参与事项目录。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var rules = new ParticipationRules(command.Scope!, command.Methods!, command.Channels!);
        var items = command.Items.Where(i => !i.IsBlank)
            .Select(i => new ParticipationItemContent(i.Title!, i.Method!.Value, i.Channel!, i.PlannedTime))
            .ToList();
        ParticipationCatalogue catalogue;
        if (command.Id is int id)
        {
            catalogue = await ParticipationCatalogueAccess.LoadAsync(db, id, command.Version, cancellationToken);
            if (catalogue.OrganisationId != organisationId)
            {
                throw new ForbiddenException("只能修改本单位的参与事项目录。");
            }

            ConsultationAccess.Guard(() => catalogue.Edit(rules, items));
            db.Touch(catalogue);
            db.Audit(ParticipationAuditActions.CatalogueUpdate, catalogue, $"修改 {catalogue.Year} 年度公众参与事项目录（{items.Count} 项）");
        }
        else
        {
            var year = command.Year!.Value;
            if (await db.ParticipationCatalogues.AnyAsync(c => c.OrganisationId == organisationId && c.Year == year, cancellationToken))
            {
                throw new ValidationException([new ValidationFailure(nameof(command.Year), $"本单位已有 {year} 年度的参与事项目录，请在原目录上修改。")]);
            }

            ParticipationCatalogue? created = null;
            ParticipationCatalogueAccess.OnField(nameof(command.Year), () => created = new ParticipationCatalogue(organisationId, year, rules, ChinaTime.Today(time)));
            catalogue = created!;
            catalogue.Edit(rules, items);
            db.ParticipationCatalogues.Add(catalogue);
            await db.SaveChangesAsync(cancellationToken);
            db.Audit(ParticipationAuditActions.CatalogueCreate, catalogue, $"新建 {catalogue.Year} 年度公众参与事项目录（{items.Count} 项）");
        }

        if (command.Submit)
        {
            ParticipationCatalogueAccess.OnField(nameof(command.Items), () => catalogue.Submit(time.GetUtcNow().UtcDateTime, currentUser.UserName));
            db.Audit(ParticipationAuditActions.CatalogueSubmit, catalogue, $"提交 {catalogue.Year} 年度公众参与事项目录审核");
        }

        await db.SaveChangesAsync(cancellationToken);
        return catalogue.Id;
    }
}
