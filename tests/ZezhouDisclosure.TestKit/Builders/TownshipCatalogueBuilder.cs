using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.TestKit.Builders;

/// <summary>
/// A township's working catalogue (标准目录) for organisation 7 by default, a draft with one adopted pilot area (社会救助,
/// id 16) whose template carries two township-level rows and one county-only row. Add areas, local rows and
/// 未涉及 areas, then move it along with <see cref="Submitted"/>, <see cref="Returned"/> or <see cref="Approved"/>.
/// Row contents are unique per builder call; change only what the test is about.
/// </summary>
public sealed class TownshipCatalogueBuilder
{
    /// <summary>The pilot area adopted by default (社会救助).</summary>
    public const int DefaultPilotAreaId = 16;

    /// <summary>When the state steps happen (UTC).</summary>
    public static readonly DateTime Now = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);

    private static int _counter;
    private readonly List<Action<TownshipCatalogue>> _build = [];
    private readonly List<Action<TownshipCatalogue>> _states = [];
    private int _organisationId = 7;
    private bool _defaultArea = true;

    /// <summary>A valid row (事项) of the standard table; unique content text unless given.</summary>
    public static CatalogueItemContent Row(
        string level1 = "最低生活保障", string level2 = "审核信息", DisclosureLevels levels = DisclosureLevels.Township, string? content = null) =>
        new(level1, level2, null, content ?? "初审对象名单及相关信息" + Interlocked.Increment(ref _counter),
            "《社会救助暂行办法》（国务院令第649号）", "制定或获取信息之日起10个工作日内", "乡镇人民政府",
            DisclosureChannels.GovernmentWebsite | DisclosureChannels.NoticeBoard, DisclosureAudience.Public,
            CatalogueDisclosureMode.Proactive, levels);

    /// <summary>The county template (标准指引) of a pilot area with two township-level rows and one county-only row.</summary>
    public static CatalogueTemplate Template(int pilotAreaId = DefaultPilotAreaId)
    {
        var template = new CatalogueTemplate(pilotAreaId, false, null);
        template.Seed(Row("综合业务", "政策法规文件", DisclosureLevels.County | DisclosureLevels.Township));
        template.Seed(Row("最低生活保障", "审核信息"));
        template.Seed(Row("最低生活保障", "审批信息", DisclosureLevels.County));
        return template;
    }

    public TownshipCatalogueBuilder ForOrganisation(int organisationId)
    {
        _organisationId = organisationId;
        return this;
    }

    /// <summary>Starts without the default area (an empty draft unless areas are added).</summary>
    public TownshipCatalogueBuilder WithoutAreas()
    {
        _defaultArea = false;
        return this;
    }

    /// <summary>Adopts the area from <paramref name="template"/> (or the default template of <paramref name="pilotAreaId"/>).</summary>
    public TownshipCatalogueBuilder WithArea(int pilotAreaId, CatalogueTemplate? template = null)
    {
        _build.Add(c => c.AddArea(template ?? Template(pilotAreaId)));
        return this;
    }

    /// <summary>Records an area as 未涉及 with its explanation.</summary>
    public TownshipCatalogueBuilder WithAreaNotInvolved(int pilotAreaId, string explanation = "本乡镇无此类事项，故未涉及。")
    {
        _build.Add(c => c.MarkAreaNotInvolved(pilotAreaId, explanation));
        return this;
    }

    /// <summary>Adds a local row (本地事项) to an adopted area, or to the common items when the area is null.</summary>
    public TownshipCatalogueBuilder WithLocalItem(int? pilotAreaId, CatalogueItemContent? content = null)
    {
        _build.Add(c => c.AddLocalItem(pilotAreaId, content ?? Row("概况信息", "乡镇简介")));
        return this;
    }

    /// <summary>提交审定.</summary>
    public TownshipCatalogueBuilder Submitted() => State(c => c.Submit(Now, "clerk"));

    /// <summary>Submitted, then returned with a comment.</summary>
    public TownshipCatalogueBuilder Returned(string comment = "请补充公开依据。") =>
        Submitted().State(c => c.Return(comment, new Dictionary<int, string>(), Now, "reviewer"));

    /// <summary>Submitted, then approved effective the next day (the published version is discarded).</summary>
    public TownshipCatalogueBuilder Approved() =>
        Submitted().State(c => c.Approve(new DateOnly(2026, 11, 28), new Dictionary<int, string> { [DefaultPilotAreaId] = "社会救助" }, Now, "reviewer"));

    public TownshipCatalogue Build()
    {
        var catalogue = new TownshipCatalogue(_organisationId);
        if (_defaultArea)
        {
            catalogue.AddArea(Template());
        }

        foreach (var step in _build.Concat(_states))
        {
            step(catalogue);
        }

        return catalogue;
    }

    private TownshipCatalogueBuilder State(Action<TownshipCatalogue> step)
    {
        _states.Add(step);
        return this;
    }
}
