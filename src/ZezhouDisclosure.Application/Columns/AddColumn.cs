using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Columns;

/// <summary>
/// An administrator adds a column under an existing one (e.g. a new 重点领域 under 法定主动公开内容): it takes its
/// parent's kind, its URL is the parent's path plus its segment, and it never changes afterwards.
/// </summary>
public sealed record AddColumnCommand(int? ParentId, string? Slug, string? Name, string? Description, bool AcceptsDocuments = true, int SortOrder = 500) : ICommand<int>;

public sealed class AddColumnValidator : AbstractValidator<AddColumnCommand>
{
    public AddColumnValidator(IAppDbContext db)
    {
        RuleFor(x => x.ParentId).NotNull().WithMessage("请选择上级栏目。");
        RuleFor(x => x.Name).NotEmpty().WithMessage("请填写栏目名称。").MaximumLength(DataLimits.Name).WithMessage("栏目名称过长。");
        RuleFor(x => x.Description).MaximumLength(DataLimits.Description).WithMessage("栏目说明过长。");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 10_000).WithMessage("排序号应在0至10000之间。");
        RuleFor(x => x.Slug).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("请填写栏目网址标识。")
            .Matches("^[a-z0-9][a-z0-9-]{0,39}$").WithMessage("栏目网址标识只能用小写字母、数字和连字符，不超过40位。")
            .MustAsync(async (command, slug, ct) => !await db.Columns.AnyAsync(c => c.ParentId == command.ParentId && c.Slug == slug, ct))
            .WithMessage("上级栏目下已有该网址标识。");
    }
}

public sealed class AddColumnHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<AddColumnCommand, int>
{
    public async ValueTask<int> Handle(AddColumnCommand command, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.ReferenceData.Manage, "只有管理员可以新增栏目。");
        var parent = await db.Columns.FirstOrDefaultAsync(c => c.Id == command.ParentId, cancellationToken)
            ?? throw new NotFoundException("上级栏目不存在。");
        if (parent.Path.Length + command.Slug!.Length + 1 > DataLimits.Path)
        {
            throw new DomainException("栏目层级过深，路径过长。");
        }

        var column = new Column(parent, command.Slug!, command.Name!.Trim(), parent.Kind, command.SortOrder, command.AcceptsDocuments);
        column.Describe(string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(), null);
        db.Columns.Add(column);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(ColumnAuditActions.Add, "Column", column.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, $"新增栏目 {column.Path}：{column.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return column.Id;
    }
}
