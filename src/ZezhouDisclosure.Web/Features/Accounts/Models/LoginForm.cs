namespace ZezhouDisclosure.Web.Features.Accounts.Models;

public sealed record LoginForm
{
    public string? UserName { get; init; }

    public string? Password { get; init; }

    public string? ReturnUrl { get; init; }
}
