using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// The clerk confirms a preview (<see cref="PreviewCatalogueImportCommand"/>): the kept workbook is read again, the
/// duplicates are merged or renamed as the clerk chose, and the readable rows replace the draft catalogue; rows and
/// sheets that could not be read are left out. Every duplicate must be answered first. Returns the rows imported.
/// </summary>
public sealed record ImportCatalogueCommand(string UploadKey, IReadOnlyList<DuplicateResolution> Answers) : ICommand<int>;

public sealed class ImportCatalogueValidator : AbstractValidator<ImportCatalogueCommand>
{
    public ImportCatalogueValidator()
    {
        RuleFor(x => x.UploadKey).NotEmpty().WithMessage("导入预览已失效，请重新选择文件。");
        RuleForEach(x => x.Answers).Must(a => a.Merge || a.NewNames.All(n => n is null || n.Length <= DataLimits.Name))
            .WithMessage($"新的三级事项名称不能超过 {DataLimits.Name} 个字。");
    }
}

public sealed class ImportCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet, IAttachmentStore store)
    : ICommandHandler<ImportCatalogueCommand, int>
{
    public async ValueTask<int> Handle(ImportCatalogueCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        CatalogueImports.RequireEditable(catalogue);
        var file = await CatalogueImports.LoadAsync(store, command.UploadKey, cancellationToken);
        var preview = await CatalogueImports.ReadAsync(db, spreadsheet, file, cancellationToken);
        var (rows, problems) = CatalogueSheetReader.Resolve(preview, command.Answers);
        if (problems.Count > 0)
        {
            throw Failed(problems);
        }

        if (rows.Count == 0 && preview.NotInvolved.Count == 0)
        {
            throw Failed(["文件中没有可导入的事项。"]);
        }

        var templates = await db.CatalogueTemplates.AsNoTracking().Include(t => t.Items).ToListAsync(cancellationToken);
        var imported = rows.GroupBy(r => (r.PilotAreaId, r.AreaName))
            .Select(g => new ImportedArea(g.Key.PilotAreaId, templates.FirstOrDefault(t => t.PilotAreaId == g.Key.PilotAreaId), null,
                g.Select(r => new ImportedRow(r.Content!, r.NotInvolvedExplanation)).ToList()))
            .Concat(preview.NotInvolved.Select(n => new ImportedArea(n.PilotAreaId, null, n.Explanation, [])))
            .ToList();
        catalogue.ReplaceWith(imported);
        var count = rows.Count;
        db.Touch(catalogue);
        var skipped = preview.Count(ImportRowStatus.Unreadable);
        db.Audit(CatalogueAuditActions.Import, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"导入目录：{imported.Count}个领域，{count}个事项" + (skipped > 0 ? $"，{skipped}行无法读取未导入" : "")
            + (preview.Duplicates.Count > 0 ? $"，处理重复事项{preview.Duplicates.Count}组" : ""));
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(command.UploadKey);
        return count;
    }

    private static ValidationException Failed(IEnumerable<string> problems) =>
        new("导入失败，未保存任何内容。", problems.Select(p => new ValidationFailure("File", p)));
}
