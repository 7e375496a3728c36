using ZezhouDisclosure.Application.NewMedia;
using ZezhouDisclosure.Domain.NewMedia;

namespace ZezhouDisclosure.Web.Features.NewMedia.Models;

public class RegisterAccountForm
{
    public NewMediaPlatform? Platform { get; set; }

    public string? Name { get; set; }

    public string? AccountId { get; set; }

    public string? ResponsiblePerson { get; set; }

    public DateOnly? OpenedOn { get; set; }

    public string? Approval { get; set; }

    /// <summary>谁申请.</summary>
    public string? Applicant { get; set; }

    /// <summary>谁使用.</summary>
    public string? Operator { get; set; }

    public RegisterNewMediaAccountCommand ToCommand() => new(Platform ?? 0, Name, AccountId, ResponsiblePerson, OpenedOn, Approval, Applicant, Operator);
}

/// <summary>The registered details of a running account, changed (rename, another responsible person …).</summary>
public sealed class EditAccountForm : RegisterAccountForm
{
    public int Id { get; set; }

    public int Version { get; set; }

    public static EditAccountForm From(NewMediaAccountRow account) => new()
    {
        Id = account.Id,
        Version = account.Version,
        Platform = account.Platform,
        Name = account.Name,
        AccountId = account.AccountId,
        ResponsiblePerson = account.ResponsiblePerson,
        OpenedOn = account.OpenedOn,
        Approval = account.Approval,
        Applicant = account.Applicant,
        Operator = account.Operator,
    };

    public EditNewMediaAccountCommand ToCommand(int id) =>
        new(id, Version, Platform ?? 0, Name, AccountId, ResponsiblePerson, OpenedOn, Approval, Applicant, Operator);
}

public sealed class CloseAccountForm
{
    public int Version { get; set; }

    public NewMediaAccountStatus? Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosureNotice { get; set; }

    public CloseNewMediaAccountCommand ToCommand(int id) => new(id, Version, Status ?? 0, ClosedOn, ClosureNotice);
}

public sealed class CheckForm
{
    public int? Year { get; set; }

    public int? Month { get; set; }

    public DateOnly? LastPostOn { get; set; }

    public int? InteractionsReceived { get; set; }

    public int? InteractionsAnswered { get; set; }

    public string? Problems { get; set; }

    public string? Rectification { get; set; }

    public RecordNewMediaCheckCommand ToCommand(int id) =>
        new(id, Year ?? 0, Month ?? 0, LastPostOn, InteractionsReceived ?? 0, InteractionsAnswered ?? 0, Problems, Rectification);
}

/// <summary>The account page with the two forms it carries.</summary>
public sealed record NewMediaAccountViewModel(NewMediaAccountPage Page, CloseAccountForm Close, CheckForm Check);
