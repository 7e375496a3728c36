using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>An administrator renames a column or edits its description, legal basis and order. Its path (URL) never changes.</summary>
public sealed record UpdateColumnCommand(int Id, int Version, string? Name, string? Description, string? LegalBasis, int SortOrder) : ICommand;

public sealed class UpdateColumnValidator : AbstractValidator<UpdateColumnCommand>
{
    public UpdateColumnValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写栏目名称。").MaximumLength(DataLimits.Name).WithMessage("栏目名称过长。");
        RuleFor(x => x.Description).MaximumLength(DataLimits.Description).WithMessage("栏目说明过长。");
        RuleFor(x => x.LegalBasis).MaximumLength(DataLimits.Name).WithMessage("依据过长。");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000).WithMessage("排序号应在0至10000之间。");
    }
}

public sealed class UpdateColumnHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<UpdateColumnCommand>
{
    public async ValueTask<Unit> Handle(UpdateColumnCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ReferenceData.Manage, "只有管理员可以执行此操作。");
        var column = await db.Columns.FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("栏目不存在。");
        db.ExpectVersion(column, command.Version);
        column.Rename(command.Name!, command.SortOrder);
        column.Describe(string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(),
            string.IsNullOrWhiteSpace(command.LegalBasis) ? null : command.LegalBasis.Trim());
        db.Audit(ColumnAuditActions.Update, "Column", column.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, $"修改栏目 {column.Path}：{column.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
