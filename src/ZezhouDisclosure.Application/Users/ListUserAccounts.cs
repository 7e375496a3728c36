using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Users;

public sealed record ListUserAccountsQuery : IQuery<IReadOnlyList<UserAccountRow>>;

public sealed class ListUserAccountsHandler(IUserAccounts accounts, ICurrentUser currentUser)
    : IQueryHandler<ListUserAccountsQuery, IReadOnlyList<UserAccountRow>>
{
    public async ValueTask<IReadOnlyList<UserAccountRow>> Handle(ListUserAccountsQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Accounts.Manage, "只有管理员可以执行此操作。");
        return await accounts.ListAsync(cancellationToken);
    }
}
