using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A township clerk replaces the draft catalogue with an xlsx file in the standard table layout. Every row of every
/// sheet is checked first; any error is reported with its sheet, row and column, and then nothing is saved.
/// Returns the number of rows imported.
/// </summary>
public sealed record ImportCatalogueCommand(byte[] File) : ICommand<int>;

public sealed class ImportCatalogueValidator : AbstractValidator<ImportCatalogueCommand>
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public ImportCatalogueValidator()
    {
        RuleFor(x => x.File).NotEmpty().WithMessage("请选择要导入的 xlsx 文件。")
            .Must(f => f.Length <= MaxBytes).WithMessage("文件不能超过 5 MB。");
    }
}

public sealed class ImportCatalogueHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet)
    : ICommandHandler<ImportCatalogueCommand, int>
{
    public async ValueTask<int> Handle(ImportCatalogueCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        if (!catalogue.CanEdit())
        {
            throw new Common.Errors.ConflictException("目录已提交审定或已审定通过，不能导入；如需调整，请先发起调整。");
        }

        IReadOnlyList<Sheet> sheets;
        try
        {
            using var stream = new MemoryStream(command.File);
            sheets = spreadsheet.Read(stream);
        }
        catch (InvalidDataException)
        {
            throw Failed([new("File", "无法读取该文件，请上传 xlsx 格式的标准目录表。")]);
        }

        var areas = await db.PilotAreas.AsNoTracking().ToListAsync(cancellationToken);
        var templates = await db.CatalogueTemplates.AsNoTracking().Include(t => t.Items).ToListAsync(cancellationToken);
        var errors = new List<ValidationFailure>();
        var imported = new List<ImportedArea>();
        var notInvolved = new Dictionary<int, string>();
        void Error(string sheet, int row, int? column, string message) =>
            errors.Add(new ValidationFailure("File", column is int c
                ? $"工作表“{sheet}”第{row}行第{CatalogueSheetLayout.ColumnLetter(c)}列（{CatalogueSheetLayout.ColumnNames[c]}）：{message}"
                : $"工作表“{sheet}”第{row}行：{message}"));

        foreach (var sheet in sheets.Where(s => s.Name == CatalogueSheetLayout.NotInvolvedSheet))
        {
            for (var r = 1; r < sheet.Rows.Count; r++)
            {
                var cells = sheet.Rows[r];
                if (CatalogueSheetLayout.IsBlank(cells))
                {
                    continue;
                }

                var name = cells.ElementAtOrDefault(0)?.Trim();
                var why = cells.ElementAtOrDefault(1)?.Trim();
                var area = areas.FirstOrDefault(a => a.Name == name || a.Name + "领域" == name);
                if (area is null)
                {
                    errors.Add(new ValidationFailure("File", $"工作表“{sheet.Name}”第{r + 1}行第A列（领域）：“{name}”不是26个试点领域之一。"));
                }
                else if (string.IsNullOrWhiteSpace(why))
                {
                    errors.Add(new ValidationFailure("File", $"工作表“{sheet.Name}”第{r + 1}行第B列（说明）：未涉及的领域必须说明理由。"));
                }
                else
                {
                    notInvolved[area.Id] = why;
                }
            }
        }

        foreach (var sheet in sheets.Where(s => s.Name != CatalogueSheetLayout.NotInvolvedSheet))
        {
            var area = areas.FirstOrDefault(a => a.Name == sheet.Name.Trim() || a.Name + "领域" == sheet.Name.Trim());
            if (area is null && sheet.Name.Trim() != CatalogueDiff.CommonArea)
            {
                errors.Add(new ValidationFailure("File", $"工作表“{sheet.Name}”：工作表名称应为试点领域名称（如“社会救助”）、“{CatalogueDiff.CommonArea}”或“{CatalogueSheetLayout.NotInvolvedSheet}”。"));
                continue;
            }

            if (area is not null && notInvolved.ContainsKey(area.Id))
            {
                errors.Add(new ValidationFailure("File", $"工作表“{sheet.Name}”：该领域已在“{CatalogueSheetLayout.NotInvolvedSheet}”中列为未涉及，不能同时填写事项。"));
                continue;
            }

            var rows = new List<ImportedRow>();
            var errorsBefore = errors.Count;
            for (var r = CatalogueSheetLayout.HeaderRows; r < sheet.Rows.Count; r++)
            {
                if (CatalogueSheetLayout.IsBlank(sheet.Rows[r]))
                {
                    continue;
                }

                var (row, problems) = CatalogueSheetLayout.Parse(sheet.Rows[r]);
                foreach (var (column, message) in problems)
                {
                    Error(sheet.Name, r + 1, column, message);
                }

                if (row is not null)
                {
                    rows.Add(row);
                }
            }

            if (rows.Count == 0 && errors.Count == errorsBefore)
            {
                Error(sheet.Name, CatalogueSheetLayout.HeaderRows + 1, null, "工作表中没有事项；如本乡镇不涉及该领域，请在“未涉及领域说明”中说明。");
            }

            imported.Add(new ImportedArea(area?.Id, area is null ? null : templates.FirstOrDefault(t => t.PilotAreaId == area.Id), null, rows));
        }

        if (sheets.Count == 0 || (imported.Count == 0 && notInvolved.Count == 0))
        {
            errors.Add(new ValidationFailure("File", "文件中没有可导入的工作表。"));
        }

        if (errors.Count > 0)
        {
            throw Failed(errors);
        }

        imported.AddRange(notInvolved.Select(n => new ImportedArea(n.Key, null, n.Value, [])));
        catalogue.ReplaceWith(imported);
        var count = imported.Sum(a => a.Rows.Count);
        db.Touch(catalogue);
        db.Audit(CatalogueAuditActions.Import, nameof(TownshipCatalogue), catalogue.Label(), catalogue.OrganisationId,
            $"导入目录：{imported.Count}个领域，{count}个事项");
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private static ValidationException Failed(IEnumerable<ValidationFailure> failures) => new("导入失败，未保存任何内容。", failures);
}
