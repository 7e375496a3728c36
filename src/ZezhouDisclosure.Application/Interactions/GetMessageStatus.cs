using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>The citizen's page for their message: only with the 留言编号 and the secret 查询码.</summary>
public sealed record GetMessageStatusQuery(string? Number, string? QueryCode) : IQuery<MessageStatusView>;

public sealed record MessageStatusView(
    string Number,
    string Kind,
    string Category,
    string Title,
    string Content,
    DateOnly ReceivedOn,
    DateOnly DueOn,
    string Status,
    string? HandlingUnit,
    string? Reply,
    DateOnly? AnsweredOn,
    string? RejectionReason,
    string? MergedIntoNumber,
    bool IsPublished);

public sealed class GetMessageStatusValidator : AbstractValidator<GetMessageStatusQuery>
{
    public GetMessageStatusValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("请填写留言编号。");
        RuleFor(x => x.QueryCode).NotEmpty().WithMessage("请填写查询码。");
    }
}

public sealed class GetMessageStatusHandler(IAppDbContext db) : IQueryHandler<GetMessageStatusQuery, MessageStatusView>
{
    public async ValueTask<MessageStatusView> Handle(GetMessageStatusQuery query, CancellationToken cancellationToken)
    {
        var m = await MessageAccess.FindForCitizenAsync(db, query.Number, query.QueryCode, cancellationToken);
        var unitId = m.AnsweredByOrganisationId ?? (m.Status == MessageStatus.Assigned ? m.OrganisationId : null);
        var unit = unitId is null ? null
            : await db.Organisations.AsNoTracking().Where(o => o.Id == unitId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        // Reviewed use of IgnoreQueryFilters: the number of the message this one was merged into, for its citizen.
        var mergedInto = m.MergedIntoId is null ? null
            : await db.CitizenMessages.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
                .Where(x => x.Id == m.MergedIntoId).Select(x => x.Number).FirstOrDefaultAsync(cancellationToken);
        return new MessageStatusView(
            m.Number, InteractionLabels.Of(m.Kind), InteractionLabels.Of(m.Category), m.Title, m.Content, m.ReceivedOn, m.DueOn,
            InteractionLabels.Of(m.Status), unit, m.Reply, m.AnsweredOn, m.RejectionReason, mergedInto, m.IsPublished);
    }
}
