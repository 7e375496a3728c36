using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.RequestNotices;

/// <summary>
/// Generates one 告知书 of a case (as HTML for printing or as .docx); each generation is audited. A notice the case's
/// state does not support yet (e.g. the answer before the decision is approved) is refused with 409.
/// </summary>
/// <param name="Id">The application.</param>
/// <param name="Kind">Which notice.</param>
/// <param name="ConsultationId">For <see cref="NoticeKind.ThirdPartyConsultation"/>: which third party.</param>
/// <param name="FeeMethod">For <see cref="NoticeKind.Fee"/>: 按件 or 按量.</param>
/// <param name="Quantity">For <see cref="NoticeKind.Fee"/>: pieces of this application or pages.</param>
/// <param name="Format">How it is rendered, for the audit entry: 网页 or Word.</param>
public sealed record GenerateRequestNoticeCommand(
    int Id, NoticeKind Kind, int? ConsultationId = null, FeeMethod? FeeMethod = null, int? Quantity = null, string Format = "网页")
    : ICommand<NoticeModel>;

public sealed class GenerateRequestNoticeValidator : AbstractValidator<GenerateRequestNoticeCommand>
{
    public GenerateRequestNoticeValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("告知书类型不正确。");
        When(x => x.Kind == NoticeKind.Fee, () =>
        {
            RuleFor(x => x.FeeMethod).NotNull().WithMessage("请选择计收方式（按件或按量）。")
                .IsInEnum().WithMessage("请选择计收方式（按件或按量）。");
            RuleFor(x => x.Quantity).NotNull().WithMessage("请填写件数或页数。")
                .InclusiveBetween(1, 100_000).WithMessage("件数或页数应在 1 至 100000 之间。");
        });
        When(x => x.Kind == NoticeKind.ThirdPartyConsultation, () =>
            RuleFor(x => x.ConsultationId).NotNull().WithMessage("请选择征求意见的第三方。"));
    }
}

public sealed class GenerateRequestNoticeHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<GenerateRequestNoticeCommand, NoticeModel>
{
    public async ValueTask<NoticeModel> Handle(GenerateRequestNoticeCommand command, CancellationToken cancellationToken)
    {
        var request = await RequestNoticeAccess.LoadAsync(db, currentUser, command.Id, cancellationToken);
        if (NoticeTemplates.UnavailableReason(request, command.Kind, command.ConsultationId, command.FeeMethod) is { } reason)
        {
            throw new ConflictException(reason);
        }

        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == request.OrganisationId, cancellationToken);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        FeeFacts? fee = null;
        if (command.Kind == NoticeKind.Fee)
        {
            var earlier = command.FeeMethod == FeeMethod.ByPiece ? await EarlierPiecesThisMonthAsync(request, cancellationToken) : 0;
            fee = new FeeFacts(command.FeeMethod!.Value, command.Quantity!.Value, earlier);
        }

        var notice = NoticeTemplates.Build(request, organisation, calendar, ChinaTime.Today(time), command.Kind, command.ConsultationId, fee);
        db.Audit(RequestAuditActions.GenerateNotice, nameof(DisclosureRequest), request.Id.ToString(CultureInfo.InvariantCulture), request.OrganisationId,
            $"生成申请 {request.Number} 的《{notice.Title}》（{command.Format}）"
            + (fee is null ? "" : $"，金额 {NoticeText.Yuan(fee.Amount)}"));
        await db.SaveChangesAsync(cancellationToken);
        return notice;
    }

    /// <summary>
    /// 按件计收 counts per applicant and natural month (国办函〔2020〕109号第四条): the same applicant's (same identity
    /// document) applications to this organisation received earlier in the month of this one. ID numbers are encrypted
    /// with a random IV, so the month's applications are compared after decryption.
    /// </summary>
    private async Task<int> EarlierPiecesThisMonthAsync(DisclosureRequest request, CancellationToken cancellationToken)
    {
        var first = new DateOnly(request.ReceivedOn.Year, request.ReceivedOn.Month, 1);
        var candidates = await db.DisclosureRequests.AsNoTracking()
            .Where(r => r.OrganisationId == request.OrganisationId && r.Id != request.Id && r.IdType == request.IdType
                && r.ReceivedOn >= first && r.ReceivedOn <= request.ReceivedOn)
            .Select(r => new { r.Id, r.ReceivedOn, r.IdNumber })
            .ToListAsync(cancellationToken);
        return candidates.Count(c => string.Equals(c.IdNumber, request.IdNumber, StringComparison.OrdinalIgnoreCase)
            && (c.ReceivedOn < request.ReceivedOn || c.Id < request.Id));
    }
}
