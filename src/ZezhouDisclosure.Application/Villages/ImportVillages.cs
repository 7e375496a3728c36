using System.Globalization;
using FluentValidation.Results;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Villages;

/// <summary>One line of a village list (名称, 代码, 类型, 联系人, 联系电话) with its row number in the sheet.</summary>
public sealed record VillageImportLine(int Row, string? Name, string? Code, string? Kind, string? ContactName, string? Phone);

/// <summary>A line with what is wrong with it (null when it can be imported).</summary>
public sealed record VillageImportCheck(VillageImportLine Line, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// The township clerk's village list read from an .xlsx (first sheet; a header row starting with 名称, then one
/// 村（居） a row: 名称, 代码, 类型 村/社区, 联系人, 联系电话). Nothing is saved: the preview shows each row's problem.
/// </summary>
public sealed record PreviewVillageImportQuery(Stream Content) : IQuery<IReadOnlyList<VillageImportCheck>>
{
    public const string FileField = "File";
}

public sealed class PreviewVillageImportHandler(IAppDbContext db, ICurrentUser currentUser, ISpreadsheet spreadsheet)
    : IQueryHandler<PreviewVillageImportQuery, IReadOnlyList<VillageImportCheck>>
{
    public async ValueTask<IReadOnlyList<VillageImportCheck>> Handle(PreviewVillageImportQuery query, CancellationToken cancellationToken)
    {
        var township = await VillageAccess.RequireTownshipClerkAsync(db, currentUser, cancellationToken);
        IReadOnlyList<Sheet> sheets;
        try
        {
            sheets = spreadsheet.Read(query.Content);
        }
        catch (InvalidDataException)
        {
            throw new ValidationException([new ValidationFailure(PreviewVillageImportQuery.FileField, "无法读取该文件，请上传 .xlsx 格式的村（居）名单。")]);
        }

        var lines = VillageImportSheet.Lines(sheets);
        if (lines.Count == 0)
        {
            throw new ValidationException([new ValidationFailure(PreviewVillageImportQuery.FileField, "名单中没有村（居）。第一行应为表头：名称、代码、类型、联系人、联系电话。")]);
        }

        return await VillageImportSheet.CheckAsync(db, township, lines, cancellationToken);
    }
}

/// <summary>
/// Imports the checked lines as villages and communities of the clerk's township, each with the template 公开事项清单.
/// With <see cref="ValidRowsOnly"/> false nothing is saved unless every line is valid; with true the valid ones are
/// imported and the others left out.
/// </summary>
public sealed record ImportVillagesCommand(IReadOnlyList<VillageImportLine> Lines, bool ValidRowsOnly) : ICommand<int>;

public sealed class ImportVillagesHandler(IAppDbContext db, ICurrentUser currentUser) : ICommandHandler<ImportVillagesCommand, int>
{
    public async ValueTask<int> Handle(ImportVillagesCommand command, CancellationToken cancellationToken)
    {
        var township = await VillageAccess.RequireTownshipClerkAsync(db, currentUser, cancellationToken);
        var checks = await VillageImportSheet.CheckAsync(db, township, command.Lines ?? [], cancellationToken);
        var failures = checks.Where(c => !c.IsValid).Select(c => new ValidationFailure("Lines", $"第{c.Line.Row}行：{c.Error}")).ToList();
        if (checks.Count == 0)
        {
            failures.Add(new ValidationFailure("Lines", "没有可导入的村（居）。"));
        }

        if (failures.Count > 0 && (!command.ValidRowsOnly || checks.All(c => !c.IsValid)))
        {
            throw new ValidationException(failures);
        }

        var order = await db.Organisations.Where(o => o.ParentId == township.Id).MaxAsync(o => (int?)o.SortOrder, cancellationToken) ?? 0;
        var added = new List<Organisation>();
        foreach (var check in checks.Where(c => c.IsValid))
        {
            var line = check.Line;
            var kind = VillageImportSheet.KindOf(line.Kind)!.Value;
            var code = line.Code!.Trim();
            var village = new Organisation(VillageImportSheet.SlugFor(township.Slug, code), line.Name!.Trim(), kind, code, ++order);
            village.SetLegalName(VillageImportSheet.LegalName(township.Name, line.Name!.Trim(), kind));
            village.SetContact(null, string.IsNullOrWhiteSpace(line.Phone) ? null : line.Phone.Trim(), null);
            village.SetContactName(line.ContactName);
            village.MoveUnder(township, _ => null);
            db.Organisations.Add(village);
            added.Add(village);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var village in added)
        {
            VillageCatalogues.AddTemplate(db, village.Id);
        }

        db.Audit(OrganisationAuditActions.Add, "Organisation", township.Id.ToString(CultureInfo.InvariantCulture), township.Id,
            $"{township.Name}导入村（居）{added.Count}个：{string.Join("、", added.Take(20).Select(v => v.Name))}{(added.Count > 20 ? "等" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }
}

/// <summary>Reading and checking a village list.</summary>
public static class VillageImportSheet
{
    public const int MaxRows = 1000;

    public static IReadOnlyList<VillageImportLine> Lines(IReadOnlyList<Sheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var rows = sheets.Count == 0 ? [] : sheets[0].Rows;
        var lines = new List<VillageImportLine>();
        var header = true;
        for (var i = 0; i < rows.Count && lines.Count < MaxRows; i++)
        {
            var row = rows[i];
            string? Cell(int c) => c < row.Count ? row[c]?.Trim() : null;
            if (header && (Cell(0) ?? "").Contains("名称", StringComparison.Ordinal))
            {
                header = false;
                continue;
            }

            if (Enumerable.Range(0, 5).All(c => string.IsNullOrEmpty(Cell(c))))
            {
                continue;
            }

            lines.Add(new VillageImportLine(i + 1, Cell(0), Cell(1), Cell(2), Cell(3), Cell(4)));
        }

        return lines;
    }

    public static OrganisationKind? KindOf(string? text) => (text ?? "").Trim() switch
    {
        "" or "村" or "村委会" or "村民委员会" or "行政村" => OrganisationKind.Village,
        "社区" or "居委会" or "居民委员会" => OrganisationKind.Community,
        _ => null,
    };

    public static string SlugFor(string townshipSlug, string code) => $"{townshipSlug}-{code.ToLowerInvariant()}";

    public static string LegalName(string townshipName, string name, OrganisationKind kind) =>
        $"泽州县{townshipName}{name}{(kind == OrganisationKind.Community ? "居民委员会" : "村民委员会")}";

    public static async Task<IReadOnlyList<VillageImportCheck>> CheckAsync(
        IAppDbContext db, Organisation township, IReadOnlyList<VillageImportLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(township);
        ArgumentNullException.ThrowIfNull(lines);
        var names = (await db.Organisations.AsNoTracking().Where(o => o.ParentId == township.Id).Select(o => o.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var codes = lines.Select(l => l.Code?.Trim()).OfType<string>().ToList();
        var slugs = codes.Select(c => SlugFor(township.Slug, c)).ToList();
        var takenCodes = (await db.Organisations.AsNoTracking().Where(o => codes.Contains(o.IndexCode) || slugs.Contains(o.Slug)).Select(o => o.IndexCode).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var seenCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var checks = new List<VillageImportCheck>();
        foreach (var line in lines.Take(MaxRows))
        {
            var name = line.Name?.Trim();
            var code = line.Code?.Trim();
            string? error = null;
            if (string.IsNullOrEmpty(name))
            {
                error = "缺少名称。";
            }
            else if (name.Length > 50)
            {
                error = "名称过长（不超过50个字）。";
            }
            else if (!seenNames.Add(name))
            {
                error = $"名称“{name}”在名单中重复。";
            }
            else if (names.Contains(name))
            {
                error = $"{township.Name}已有“{name}”。";
            }
            else if (string.IsNullOrEmpty(code))
            {
                error = "缺少代码（统计用区划代码）。";
            }
            else if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[0-9A-Za-z]{1,24}$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                error = $"代码“{code}”只能包含数字和字母，不超过24位。";
            }
            else if (!seenCodes.Add(code))
            {
                error = $"代码“{code}”在名单中重复。";
            }
            else if (takenCodes.Contains(code))
            {
                error = $"代码“{code}”已被其他单位使用。";
            }
            else if (KindOf(line.Kind) is null)
            {
                error = $"类型“{line.Kind}”无法识别，应为“村”或“社区”。";
            }
            else if ((line.ContactName?.Length ?? 0) > DataLimits.ShortText || (line.Phone?.Length ?? 0) > DataLimits.ShortText)
            {
                error = "联系人或联系电话过长。";
            }

            checks.Add(new VillageImportCheck(line, error));
        }

        return checks;
    }
}
