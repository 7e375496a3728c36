using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Application.Requests;

/// <summary>
/// The applicant's status page: reachable only with both the 申请编号 and the secret 查询码. A wrong number and a
/// wrong code give the same "not found", so the page tells nobody which numbers exist.
/// </summary>
public sealed record GetRequestStatusQuery(string? Number, string? QueryCode) : IQuery<RequestStatusView>;

public sealed record RequestStatusView(
    string Number,
    string OrganisationName,
    DateOnly ReceivedOn,
    string Status,
    bool IsClosed,
    DateOnly? DueDate,
    bool DueDateIsEstimate,
    IReadOnlyList<DeadlineStep> Explanation,
    string? SupplementItems,
    DateOnly? SupplementDeadline,
    string? Outcome,
    DateOnly? ClosedOn,
    string? TransferredTo = null,
    string? TransferredToNumber = null,
    ApplicantReplyView? Reply = null);

/// <summary>
/// The answered reply as its applicant sees it online: the 答复告知书 (as a page and as .docx, by the status page's
/// links) and, when the applicant asked for 网上获取 or 电子邮件 and information was disclosed, its files.
/// </summary>
/// <param name="NoticeReference">The 告知书's 文号 (or its derived reference).</param>
/// <param name="DecisionText">具体答复意见.</param>
/// <param name="DeliveredOn">送达日期.</param>
/// <param name="InformationOnline">Whether the files are offered here (网上获取 / 电子邮件 and something disclosed).</param>
/// <param name="Files">The files of the disclosed information; empty unless <paramref name="InformationOnline"/>.</param>
public sealed record ApplicantReplyView(
    string NoticeReference, string? DecisionText, DateOnly? DeliveredOn, bool InformationOnline, IReadOnlyList<ReplyFileRow> Files);

public sealed class GetRequestStatusValidator : AbstractValidator<GetRequestStatusQuery>
{
    public GetRequestStatusValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("请填写申请编号。");
        RuleFor(x => x.QueryCode).NotEmpty().WithMessage("请填写查询码。");
    }
}

public sealed class GetRequestStatusHandler(IAppDbContext db) : IQueryHandler<GetRequestStatusQuery, RequestStatusView>
{
    public async ValueTask<RequestStatusView> Handle(GetRequestStatusQuery query, CancellationToken cancellationToken)
    {
        var request = await ApplicantAccess.FindAsync(db, query.Number, query.QueryCode, cancellationToken);
        var requests = db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking();
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == request.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var calendar = await RequestCalendar.LoadAsync(db, cancellationToken);
        var deadline = request.IsClosed ? null : request.Deadline(calendar);
        string? transferredTo = null, transferredToNumber = null;
        if (request.Status == RequestStatus.Transferred)
        {
            // 转办: tell the applicant where it went and, once taken in, the new number (the query code is unchanged).
            transferredTo = await db.Organisations.AsNoTracking()
                .Where(o => o.Id == request.TransferredToOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
            transferredToNumber = await requests
                .Where(r => r.TransferredFromRequestId == request.Id).Select(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        }

        return new RequestStatusView(
            request.Number,
            organisation,
            request.ReceivedOn,
            RequestLabels.Of(request.Status),
            request.IsClosed,
            deadline?.DueDate,
            deadline?.IsEstimate ?? false,
            deadline?.Steps ?? [],
            request.Status == RequestStatus.AwaitingSupplement ? request.SupplementItems : null,
            request.Status == RequestStatus.AwaitingSupplement ? request.SupplementDeadline : null,
            request.Status is RequestStatus.Answered or RequestStatus.Abandoned && request.Outcome is { } outcome
                ? RequestOutcomes.Label(outcome)
                : null,
            request.ClosedOn,
            transferredTo,
            transferredToNumber,
            await ReplyAsync(request, cancellationToken));
    }

    private async Task<ApplicantReplyView?> ReplyAsync(DisclosureRequest request, CancellationToken cancellationToken)
    {
        if (!request.IsReplyOnline)
        {
            return null;
        }

        // Reviewed use of IgnoreQueryFilters: the applicant's own answered application, checked by number and code.
        var files = request.ProvidesInformationOnline
            ? await db.RequestReplyFiles.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
                .Where(f => f.DisclosureRequestId == request.Id).OrderBy(f => f.Id)
                .Select(f => new ReplyFileRow(f.Id, f.FileName, f.Kind, f.Size)).ToListAsync(cancellationToken)
            : [];
        return new ApplicantReplyView(
            request.ReplyNoticeNumber ?? request.Number + "-答复", request.DecisionText, request.DeliveredOn, request.ProvidesInformationOnline, files);
    }
}

/// <summary>
/// The applicant's way in: the 申请编号 and the secret 查询码, both as typed or pasted (spaces, full-width characters
/// and hyphens tolerated). A wrong number and a wrong code give the same "not found".
/// </summary>
internal static class ApplicantAccess
{
    public const string NotFound = "未找到与申请编号和查询码相符的申请，请核对后重试。";

    public static async Task<DisclosureRequest> FindAsync(IAppDbContext db, string? number, string? queryCode, CancellationToken cancellationToken)
    {
        var normalised = RequestNumber.Normalise(number);
        // Reviewed use of IgnoreQueryFilters: the applicant reads their own application anonymously, by number and
        // secret query code (checked below), whatever organisation it belongs to.
        var request = RequestNumber.IsValid(normalised)
            ? await db.DisclosureRequests.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking().Include(r => r.Consultations)
                .FirstOrDefaultAsync(r => r.Number == normalised, cancellationToken)
            : null;
        return request is not null && QueryCodes.Matches(queryCode, request.QueryCodeHash)
            ? request
            : throw new NotFoundException(NotFound);
    }
}

/// <summary>The working-day calendar as loaded now (same data as <c>GetWorkingDayCalendarQuery</c>).</summary>
internal static class RequestCalendar
{
    public static async Task<WorkingDayCalendar> LoadAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(years, days);
    }
}
