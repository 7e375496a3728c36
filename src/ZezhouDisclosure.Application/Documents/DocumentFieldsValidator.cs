using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>Field rules for a draft; the 公开属性 rules apply when it is submitted.</summary>
public sealed class DocumentFieldsValidator : AbstractValidator<IDocumentFields>
{
    public DocumentFieldsValidator(IAppDbContext db, TimeProvider time)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("请填写标题。")
            .MaximumLength(DataLimits.Title).WithMessage($"标题不能超过{DataLimits.Title}个字。");
        RuleFor(x => x.BodyHtml).MaximumLength(DataLimits.BodyHtml).WithMessage("正文过长。");
        RuleFor(x => x.DocumentNumber).MaximumLength(DataLimits.DocumentNumber)
            .WithMessage($"发文字号不能超过{DataLimits.DocumentNumber}个字。");
        RuleFor(x => x.Summary).MaximumLength(500).WithMessage("内容概述不能超过500个字。");
        RuleFor(x => x.NoInterpretationReason).MaximumLength(500).WithMessage("不需解读的说明不能超过500个字。");
        RuleFor(x => x.Keywords).MaximumLength(200).WithMessage("关键词不能超过200个字。");
        RuleFor(x => x.Genre).Must(g => string.IsNullOrEmpty(g) || DocumentGenres.All.Contains(g)).WithMessage("请从列表中选择体裁。");
        RuleFor(x => x.FivePublic).Must(f => f is null || Enum.IsDefined(f.Value)).WithMessage("五公开类别无效。");
        RuleFor(x => x.Reason).MaximumLength(DataLimits.Reason).WithMessage($"理由不能超过{DataLimits.Reason}个字。");
        RuleFor(x => x.WrittenOn)
            .Must(d => d is null || d <= ChinaTime.Today(time)).WithMessage("成文日期不能晚于今天。")
            .Must(d => d is null || d >= new DateOnly(1949, 10, 1)).WithMessage("成文日期无效。");
        RuleFor(x => x.Attribute).Must(a => a is null || Enum.IsDefined(a.Value)).WithMessage("公开属性无效。");
        RuleFor(x => x.Ground).Must(g => g is null || Enum.IsDefined(g.Value)).WithMessage("法定依据无效。");
        RuleFor(x => x.ColumnId)
            .MustAsync(async (id, ct) => await db.Columns.AnyAsync(c => c.Id == id && c.AcceptsDocuments && c.RetiredOn == null, ct))
            .WithMessage("请选择发布栏目（已停用的栏目不再接收信息）。");
        RuleFor(x => x.TopicCategoryId)
            .MustAsync(async (id, ct) => id is null || await db.TopicCategories.AnyAsync(t => t.Id == id, ct))
            .WithMessage("主题分类无效。");
        RuleFor(x => x.JointIssuerIds)
            .Must(ids => ids is null || ids.Distinct().Count() <= Document.MaxJointIssuers)
            .WithMessage($"联合发文机关不能超过{Document.MaxJointIssuers}个。")
            .MustAsync(async (ids, ct) => ids is null || ids.Count == 0
                || await db.Organisations.CountAsync(o => ids.Contains(o.Id), ct) == ids.Distinct().Count())
            .WithMessage("请从列表中选择联合发文机关。");
        When(x => x.Submit, () =>
            RuleFor(x => x).Custom((fields, context) =>
            {
                foreach (var (field, message) in DisclosureRules.Check(fields.Attribute, fields.Ground, fields.Reason))
                {
                    context.AddFailure(field, message);
                }
            }));
    }
}
