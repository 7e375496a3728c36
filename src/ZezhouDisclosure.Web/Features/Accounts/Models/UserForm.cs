namespace ZezhouDisclosure.Web.Features.Accounts.Models;

public sealed class UserForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? Role { get; set; }

    public int? OrganisationId { get; set; }
}

public sealed record CreateUserViewModel(UserForm Form, IReadOnlyList<ZezhouDisclosure.Application.Organisations.OrganisationSummary> Organisations);
