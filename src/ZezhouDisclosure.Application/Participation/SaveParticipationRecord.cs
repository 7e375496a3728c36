using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Application.Participation;

/// <summary>
/// A clerk records a 列席 meeting or an 在线访谈 / 问政 / 政策大讲堂 event of the unit (<see cref="Id"/> null: new) and,
/// with <see cref="Publish"/>, publishes it, or with <see cref="Withdraw"/> takes a published one off the public site.
/// Returns the record's id.
/// </summary>
public sealed record SaveParticipationRecordCommand(
    int? Id,
    int Version,
    ParticipationRecordKind? Kind,
    string? Title,
    DateOnly? HeldOn,
    string? Topics,
    int? Stakeholders,
    int? CitizenRepresentatives,
    int? Experts,
    int? Media,
    int? DecisionDocumentId,
    string? Guests,
    string? Transcript,
    string? VideoUrl,
    bool Publish,
    bool Withdraw = false) : ICommand<int>;

public sealed class SaveParticipationRecordValidator : AbstractValidator<SaveParticipationRecordCommand>
{
    public SaveParticipationRecordValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("请选择记录类型。").IsInEnum().WithMessage("记录类型无效。");
        RuleFor(x => x.Title).NotEmpty().WithMessage("请填写名称。")
            .MaximumLength(DataLimits.Title).WithMessage($"名称不能超过 {DataLimits.Title} 字。");
        RuleFor(x => x.HeldOn).NotNull().WithMessage("请填写举行日期。");
        RuleFor(x => x.Topics).NotEmpty().WithMessage("请填写议题或主题。")
            .MaximumLength(DataLimits.Description).WithMessage($"议题不能超过 {DataLimits.Description} 字。");
        RuleFor(x => x.Stakeholders).GreaterThanOrEqualTo(0).WithMessage("人数不能为负数。");
        RuleFor(x => x.CitizenRepresentatives).GreaterThanOrEqualTo(0).WithMessage("人数不能为负数。");
        RuleFor(x => x.Experts).GreaterThanOrEqualTo(0).WithMessage("人数不能为负数。");
        RuleFor(x => x.Media).GreaterThanOrEqualTo(0).WithMessage("人数不能为负数。");
        RuleFor(x => x.Stakeholders)
            .Must((x, _) => (x.Stakeholders ?? 0) + (x.CitizenRepresentatives ?? 0) + (x.Experts ?? 0) + (x.Media ?? 0) > 0)
            .When(x => x.Kind == ParticipationRecordKind.Attendance)
            .WithMessage("列席记录须填写至少一类列席人员的人数。");
        RuleFor(x => x.Guests).NotEmpty().When(x => x.Kind is not null and not ParticipationRecordKind.Attendance).WithMessage("访谈记录须填写嘉宾。")
            .MaximumLength(DataLimits.Summary).WithMessage($"嘉宾不能超过 {DataLimits.Summary} 字。");
        RuleFor(x => x.Transcript).MaximumLength(DataLimits.BodyHtml).WithMessage("文字实录过长。");
        RuleFor(x => x.Transcript)
            .Must((x, transcript) => !string.IsNullOrWhiteSpace(transcript) || !string.IsNullOrWhiteSpace(x.VideoUrl))
            .When(x => x.Kind is not null and not ParticipationRecordKind.Attendance)
            .WithMessage("访谈记录须提供文字实录或视频链接。");
        RuleFor(x => x.VideoUrl).MaximumLength(DataLimits.Path).WithMessage($"视频链接不能超过 {DataLimits.Path} 字符。")
            .Must(url => string.IsNullOrWhiteSpace(url)
                || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            .WithMessage("视频链接须为 http 或 https 网址。");
    }
}

public sealed class SaveParticipationRecordHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SaveParticipationRecordCommand, int>
{
    public async ValueTask<int> Handle(SaveParticipationRecordCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Participation.Edit, "只有信息员可以填写列席和访谈记录。");
        var organisationId = currentUser.RequireClerkOrganisation();
        var attendance = command.Kind == ParticipationRecordKind.Attendance;
        if (attendance && command.DecisionDocumentId is int documentId
            && !await db.Documents.AnyAsync(d => d.Id == documentId && d.Status == DocumentStatus.Published, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.DecisionDocumentId), "找不到该编号的已发布信息，请填写决策文件公开页面地址中的编号。")]);
        }

        var content = new ParticipationRecordContent(
            command.Kind!.Value, command.Title!, command.HeldOn!.Value, command.Topics!,
            command.Stakeholders ?? 0, command.CitizenRepresentatives ?? 0, command.Experts ?? 0, command.Media ?? 0,
            command.DecisionDocumentId, command.Guests, command.Transcript, command.VideoUrl);
        var today = ChinaTime.Today(time);
        ParticipationRecord record;
        if (command.Id is int id)
        {
            record = await ParticipationCatalogueAccess.LoadRecordAsync(db, id, command.Version, cancellationToken);
            if (record.OrganisationId != organisationId)
            {
                throw new ForbiddenException("只能修改本单位的记录。");
            }

            ParticipationCatalogueAccess.OnField(nameof(command.HeldOn), () => record.Edit(content, today));
            db.Audit(ParticipationAuditActions.RecordUpdate, record, $"修改{ParticipationLabels.Of(record.Kind)}记录《{record.Title}》");
        }
        else
        {
            ParticipationRecord? created = null;
            ParticipationCatalogueAccess.OnField(nameof(command.HeldOn), () => created = new ParticipationRecord(organisationId, content, today));
            record = created!;
            db.ParticipationRecords.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            db.Audit(ParticipationAuditActions.RecordCreate, record, $"新建{ParticipationLabels.Of(record.Kind)}记录《{record.Title}》");
        }

        if (command.Publish && !record.IsPublished)
        {
            record.Publish(time.GetUtcNow().UtcDateTime);
            db.Audit(ParticipationAuditActions.RecordPublish, record, $"发布{ParticipationLabels.Of(record.Kind)}记录《{record.Title}》");
        }

        if (command.Withdraw && record.IsPublished)
        {
            record.Withdraw();
            db.Audit(ParticipationAuditActions.RecordWithdraw, record, $"撤回{ParticipationLabels.Of(record.Kind)}记录《{record.Title}》");
        }

        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }
}
