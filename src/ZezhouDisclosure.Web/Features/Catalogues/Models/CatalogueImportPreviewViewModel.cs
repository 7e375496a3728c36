using ZezhouDisclosure.Application.Catalogues;

namespace ZezhouDisclosure.Web.Features.Catalogues.Models;

/// <summary>The import preview page: what was read, and the clerk's answers so far for the duplicate 事项.</summary>
public sealed record CatalogueImportPreviewViewModel(CatalogueImportPreview Import, IReadOnlyList<DuplicateResolution> Answers)
{
    public const string ActionField = "dup-";
    public const string NameField = "name-";

    public ImportPreview Preview => Import.Preview;

    public DuplicateResolution? AnswerFor(string duplicateId) => Answers.FirstOrDefault(a => a.DuplicateId == duplicateId);

    /// <summary>The 三级事项 offered for a renamed row: what the clerk typed, else the start of its 公开内容.</summary>
    public string SuggestedName(ImportDuplicate duplicate, int index)
    {
        if (AnswerFor(duplicate.Id) is { Merge: false } answer && answer.NewNames.ElementAtOrDefault(index - 1) is { } typed)
        {
            return typed;
        }

        var content = duplicate.Rows[index].Content!.Content.Split('\n')[0];
        return content.Length <= 20 ? content : content[..20];
    }

    /// <summary>Reads the answers posted from the preview form: <c>dup-{id}</c> = merge / rename, <c>name-{id}-{n}</c>.</summary>
    public static IReadOnlyList<DuplicateResolution> ReadAnswers(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith(ActionField, StringComparison.Ordinal))
            .Select(k => k[ActionField.Length..])
            .Where(id => form[ActionField + id] is var v && (v == "merge" || v == "rename"))
            .Select(id => new DuplicateResolution(id, form[ActionField + id] == "merge",
                Enumerable.Range(1, 50).Select(n => form[$"{NameField}{id}-{n}"].ToString())
                    .Select(s => string.IsNullOrWhiteSpace(s) ? null : s).ToList()))
            .ToList();
}
