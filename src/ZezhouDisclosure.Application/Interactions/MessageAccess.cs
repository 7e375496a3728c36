using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Interactions;

/// <summary>Shared look-ups of the 互动交流 use cases.</summary>
internal static class MessageAccess
{
    public const string NotFound = "未找到与留言编号和查询码相符的留言，请核对后重试。";

    /// <summary>A staff member's case (the organisation-scope filter keeps a clerk to their unit's): 404 otherwise.</summary>
    public static async Task<CitizenMessage> LoadAsync(IAppDbContext db, ICurrentUser user, int id, CancellationToken cancellationToken)
    {
        user.Require(Permissions.Interactions.View, "没有查看留言的权限。");
        return await db.CitizenMessages.Include(m => m.Routings).FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <summary>The citizen's own message, by number and secret query code (same answer for a wrong number or code).</summary>
    public static async Task<CitizenMessage> FindForCitizenAsync(IAppDbContext db, string? number, string? queryCode, CancellationToken cancellationToken)
    {
        var normalised = MessageNumber.Normalise(number);
        // Reviewed use of IgnoreQueryFilters: the citizen reads their own message anonymously, by number and secret
        // query code (checked below), whatever unit holds it.
        var message = MessageNumber.IsValid(normalised)
            ? await db.CitizenMessages.IgnoreQueryFilters([RecordScope.FilterName]).AsNoTracking()
                .FirstOrDefaultAsync(m => m.Number == normalised, cancellationToken)
            : null;
        return message is not null && QueryCodes.Matches(queryCode, message.QueryCodeHash)
            ? message
            : throw new NotFoundException(NotFound);
    }

    /// <summary>县政府办公室: where new messages wait for triage, and the unit that handles 找错 and accepted messages itself.</summary>
    public static async Task<int> CountyOfficeIdAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.CountyOffice)
            .OrderBy(o => o.SortOrder).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new ConflictException("尚未设置县政府办公室，暂不能受理留言。");

    /// <summary>
    /// The case must still be the version the user saw: otherwise a conflict (409, the form shown again with what they
    /// typed), before the entity would refuse a step the other person's change no longer allows. The version is also
    /// checked by the save, for two requests racing.
    /// </summary>
    public static void ExpectVersion(IAppDbContext db, CitizenMessage message, int version)
    {
        if (message.Version != version)
        {
            throw new ConflictException("该留言已被他人办理或修改，您的操作没有保存；您填写的内容保留在本页，请查看最新情况后再办理。");
        }

        db.ExpectVersion(message, version);
    }

    public static string StaffUrl(int id) => $"/admin/messages/details/{id}";
}
