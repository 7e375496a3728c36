using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>
/// A township clerk uploads a catalogue workbook: it is kept (under a generated key) and read into a preview of what
/// would be imported. Nothing in the catalogue changes until the clerk confirms with <see cref="ImportCatalogueCommand"/>.
/// </summary>
public sealed record PreviewCatalogueImportCommand(byte[] File) : ICommand<CatalogueImportPreview>;

/// <summary>The preview and the key of the kept upload that the confirmation refers to.</summary>
public sealed record CatalogueImportPreview(string UploadKey, ImportPreview Preview);

public sealed class PreviewCatalogueImportValidator : AbstractValidator<PreviewCatalogueImportCommand>
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public PreviewCatalogueImportValidator()
    {
        RuleFor(x => x.File).NotEmpty().WithMessage("请选择要导入的 xlsx 文件。")
            .Must(f => f.Length <= MaxBytes).WithMessage("文件不能超过 5 MB。");
    }
}

public sealed class PreviewCatalogueImportHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet, IAttachmentStore store)
    : ICommandHandler<PreviewCatalogueImportCommand, CatalogueImportPreview>
{
    public async ValueTask<CatalogueImportPreview> Handle(PreviewCatalogueImportCommand command, CancellationToken cancellationToken)
    {
        var catalogue = await db.OwnCatalogueAsync(currentUser, cancellationToken);
        CatalogueImports.RequireEditable(catalogue);
        var preview = await CatalogueImports.ReadAsync(db, spreadsheet, command.File, cancellationToken);
        using var content = new MemoryStream(command.File);
        var key = await store.SaveAsync(content, CatalogueImports.Extension, cancellationToken);
        return new CatalogueImportPreview(key, preview);
    }
}

/// <summary>Reading a kept or uploaded workbook, shared by the preview and the import.</summary>
internal static partial class CatalogueImports
{
    public const string Extension = ".xlsx";

    /// <summary>The kept upload; a key that is not one the store made, or a file that is gone, is a stale preview.</summary>
    public static async Task<byte[]> LoadAsync(IAttachmentStore store, string key, CancellationToken cancellationToken)
    {
        if (!UploadKey().IsMatch(key))
        {
            throw Stale();
        }

        try
        {
            await using var stream = store.OpenRead(key);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or ArgumentException)
        {
            throw Stale();
        }
    }

    private static ValidationException Stale() =>
        new("导入预览已失效。", [new ValidationFailure("File", "导入预览已失效，请重新选择文件。")]);

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{32}\\.xlsx$")]
    private static partial System.Text.RegularExpressions.Regex UploadKey();

    public static void RequireEditable(TownshipCatalogue catalogue)
    {
        if (!catalogue.CanEdit())
        {
            throw new Common.Errors.ConflictException("目录已提交审定或已审定通过，不能导入；如需调整，请先发起调整。");
        }
    }

    public static async Task<ImportPreview> ReadAsync(IAppDbContext db, ISpreadsheet spreadsheet, byte[] file, CancellationToken cancellationToken)
    {
        IReadOnlyList<Sheet> sheets;
        try
        {
            using var stream = new MemoryStream(file);
            sheets = spreadsheet.Read(stream);
        }
        catch (InvalidDataException)
        {
            throw new ValidationException("导入失败。", [new ValidationFailure("File", "无法读取该文件，请上传 xlsx 格式的标准目录表。")]);
        }

        var areas = await db.PilotAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return CatalogueSheetReader.Read(sheets, areas.Select(a => (a.Id, a.Name)).ToList(), DisclosureLevels.Township);
    }
}
