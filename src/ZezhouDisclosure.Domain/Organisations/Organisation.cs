using System.Linq.Expressions;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Organisations;

/// <summary>
/// A body that publishes government information: the county government, its office, a county department or a
/// township. Townships change over time (2021-02: 17 乡镇 became 16 镇), so each carries the dates it existed;
/// old records keep pointing at the organisation as it was.
/// </summary>
public class Organisation : Entity, IAuditable, IVersioned
{
    private Organisation()
    {
    }

    public Organisation(string slug, string name, OrganisationKind kind, string indexCode, int sortOrder)
    {
        Slug = slug;
        Name = name;
        Kind = kind;
        IndexCode = indexCode;
        SortOrder = sortOrder;
    }

    /// <summary>Lower-case URL segment, stable for the life of the organisation.</summary>
    public string Slug { get; private set; } = "";

    /// <summary>The short name used in lists and menus (高都镇, 泽州县教育局).</summary>
    public string Name { get; private set; } = "";

    /// <summary>
    /// The full legal name that issues and seals notices (泽州县高都镇人民政府); null means <see cref="Name"/> is already
    /// the legal name. Read <see cref="OfficialName"/>.
    /// </summary>
    public string? LegalName { get; private set; }

    /// <summary>The name a 告知书, 回执 and its 盖章 line carry: <see cref="LegalName"/>, else <see cref="Name"/>.</summary>
    public string OfficialName => string.IsNullOrWhiteSpace(LegalName) ? Name : LegalName;

    /// <summary>
    /// The unit's 文号 pattern for 依申请公开 notices, e.g. <c>高政依申〔{year}〕{n}号</c> (see <see cref="NoticeNumber"/>);
    /// null when the unit has none yet (notices then carry the reference derived from the application number).
    /// </summary>
    public string? NoticeNumberPattern { get; private set; }

    public OrganisationKind Kind { get; private set; }

    /// <summary>Code written at the head of every 索引号 (configurable; ideally the 统一社会信用代码).</summary>
    public string IndexCode { get; private set; } = "";

    /// <summary>国家统计局 统计用区划代码 of a township (e.g. 140525107 高都镇), when known.</summary>
    public string? StatisticalCode { get; private set; }

    /// <summary>For townships: 镇 or 乡.</summary>
    public string? TownshipType { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>The organisation that took over this one (e.g. 李寨乡 → 南岭镇).</summary>
    public int? SuccessorId { get; private set; }

    /// <summary>
    /// The unit this one belongs to: a village's or community's township (村（居）民委员会 under the 乡镇); null for
    /// county-level units.
    /// </summary>
    public int? ParentId { get; private set; }

    /// <summary>
    /// The day an administrator merged this unit into <see cref="SuccessorId"/> through the portal: its public pages
    /// then redirect (301) to the successor's. Null for units retired without a merge or merged before the portal
    /// (their pages stay as an archive with a link to the successor).
    /// </summary>
    public DateOnly? MergedOn { get; private set; }

    /// <summary>The contact of a 村（居）委会 for the public (name of the person in charge), if given.</summary>
    public string? ContactName { get; private set; }

    /// <summary>
    /// The units with their own 政府信息公开 section on the portal: every kind but 村（居）民委员会, whose 村务公开 has its
    /// own rules (the township reviews it; no 年度报告, no site inspection of their own). 年度报告, the inspector and its
    /// overview cover these units only. A query filter (the kind is stored; <see cref="IsVillageLevel"/> is not).
    /// </summary>
    public static Expression<Func<Organisation, bool>> HasDisclosureSection { get; } =
        o => o.Kind != OrganisationKind.Village && o.Kind != OrganisationKind.Community;

    /// <summary>True for a 村民委员会 or 居民委员会.</summary>
    public bool IsVillageLevel => Kind is OrganisationKind.Village or OrganisationKind.Community;

    /// <summary>True when the unit was retired (it has a last day).</summary>
    public bool IsRetired => ValidTo is not null;

    /// <summary>True when the name or dates were inferred rather than read from an official list.</summary>
    public bool IsInferred { get; private set; }

    /// <summary>Where the facts about this organisation come from, or why they are inferred.</summary>
    public string? SourceNote { get; private set; }

    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    public string? OfficeHours { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>
    /// 单位内审核 as an administrator set it: true or false, or null for the default of its kind
    /// (<see cref="DefaultsToUnitSignOff"/>).
    /// </summary>
    public bool? UnitSignOff { get; private set; }

    /// <summary>
    /// Whether a clerk's submission first goes to the unit head (信息员 → 单位负责人 → 县政务公开办): the units that draft
    /// decide 公开属性 at source and their head approves (泽政办发〔2020〕22号 四（一）1、四（三）1).
    /// </summary>
    public bool RequiresUnitSignOff => UnitSignOff ?? DefaultsToUnitSignOff(Kind);

    /// <summary>On by default for county departments and townships; off for the county government and its office.</summary>
    public static bool DefaultsToUnitSignOff(OrganisationKind kind) => kind is OrganisationKind.Department or OrganisationKind.Township;

    /// <summary>An administrator turns the unit's own sign-off step on or off.</summary>
    public void SetUnitSignOff(bool enabled) => UnitSignOff = enabled;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }

    public bool IsActiveOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    public void SetTownship(string townshipType, string? statisticalCode)
    {
        if (Kind != OrganisationKind.Township)
        {
            throw new DomainException("只有乡镇可以设置乡镇类型。");
        }

        TownshipType = townshipType;
        StatisticalCode = statisticalCode;
    }

    public void SetValidity(DateOnly? validFrom, DateOnly? validTo, int? successorId)
    {
        if (validFrom is not null && validTo is not null && validTo < validFrom)
        {
            throw new DomainException("撤销日期不能早于设立日期。");
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
        SuccessorId = successorId;
    }

    public void SetProvenance(bool isInferred, string? sourceNote)
    {
        IsInferred = isInferred;
        SourceNote = sourceNote;
    }

    public void SetContact(string? address, string? phone, string? officeHours)
    {
        Address = address;
        Phone = phone;
        OfficeHours = officeHours;
    }

    /// <summary>
    /// The legal name the reference data gives a unit of this kind: a township's is 泽州县XX镇人民政府 / 泽州县XX乡人民政府;
    /// county bodies and departments are named in full already.
    /// </summary>
    public static string DefaultLegalName(string name, OrganisationKind kind) =>
        kind == OrganisationKind.Township && !name.EndsWith("人民政府", StringComparison.Ordinal)
            ? (name.StartsWith("泽州县", StringComparison.Ordinal) ? name : "泽州县" + name) + "人民政府"
            : name;

    /// <summary>Sets the full legal name (blank: the short name is the legal name).</summary>
    public void SetLegalName(string? legalName)
    {
        var value = legalName?.Trim();
        if (value is { Length: > DataLimits.Name })
        {
            throw new DomainException($"机构全称不能超过{DataLimits.Name}个字。");
        }

        LegalName = string.IsNullOrEmpty(value) || value == Name ? null : value;
    }

    /// <summary>Sets the notice 文号 pattern (blank: none); it must contain the {n} placeholder.</summary>
    public void SetNoticeNumberPattern(string? pattern)
    {
        var value = pattern?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            NoticeNumberPattern = null;
            return;
        }

        if (NoticeNumber.PatternProblem(value) is { } problem)
        {
            throw new DomainException(problem);
        }

        NoticeNumberPattern = value;
    }

    /// <summary>The contact person of a 村（居）委会 (blank: none).</summary>
    public void SetContactName(string? contactName)
    {
        var value = contactName?.Trim();
        ContactName = string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>
    /// Places the unit under <paramref name="parent"/> (null: a county-level unit). A village or community needs a
    /// township; nothing may be its own ancestor (<paramref name="parentOf"/> answers the current parent of any unit).
    /// </summary>
    public void MoveUnder(Organisation? parent, Func<int, int?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        if (IsVillageLevel && parent is not { Kind: OrganisationKind.Township })
        {
            throw new DomainException("村（居）民委员会的上级单位必须是乡镇。");
        }

        if (parent is null)
        {
            ParentId = null;
            return;
        }

        if (parent.IsRetired)
        {
            throw new DomainException($"“{parent.Name}”已撤销，不能作为上级单位。");
        }

        if (OrganisationHierarchy.WouldCycle(Id, parent.Id, parentOf))
        {
            throw new DomainException("上级单位不能是本单位或其下级单位。");
        }

        ParentId = parent.Id;
    }

    /// <summary>
    /// Renames the unit from <paramref name="effectiveOn"/>: the old short and legal names are kept as a
    /// <see cref="OrganisationNameRecord"/> valid until the day before, so documents published earlier still show the
    /// name they were published under. Returns null when the name does not change.
    /// </summary>
    public OrganisationNameRecord? ChangeName(string name, string? legalName, DateOnly effectiveOn)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("机构名称不能为空。");
        }

        var newName = name.Trim();
        var newLegal = string.IsNullOrWhiteSpace(legalName) || legalName.Trim() == newName ? null : legalName.Trim();
        if (newName == Name && newLegal == LegalName)
        {
            return null;
        }

        if (ValidFrom is { } from && effectiveOn <= from)
        {
            throw new DomainException("更名日期应晚于单位设立日期。");
        }

        var record = new OrganisationNameRecord(Id, Name, LegalName, effectiveOn.AddDays(-1));
        Name = newName;
        SetLegalName(newLegal);
        return record;
    }

    /// <summary>
    /// Retires the unit: <paramref name="lastDay"/> is its last day. Its pages stay readable as an archive; it can no
    /// longer be chosen as a parent or a successor.
    /// </summary>
    public void Retire(DateOnly lastDay)
    {
        if (IsRetired)
        {
            throw new DomainException($"“{Name}”已于{ValidTo:yyyy年MM月dd日}撤销。");
        }

        if (ValidFrom is { } from && lastDay < from)
        {
            throw new DomainException("撤销日期不能早于设立日期。");
        }

        ValidTo = lastDay;
    }

    /// <summary>
    /// Merges the unit into <paramref name="successor"/> on <paramref name="mergedOn"/> (its last day is the day
    /// before): it is retired, the successor takes over, and its public pages redirect to the successor's. Refused for
    /// a retired successor, the unit itself, or a unit already retired.
    /// </summary>
    public void MergeInto(Organisation successor, DateOnly mergedOn)
    {
        ArgumentNullException.ThrowIfNull(successor);
        if (successor.Id == Id)
        {
            throw new DomainException("不能把单位合并到它自己。");
        }

        if (successor.IsRetired)
        {
            throw new DomainException($"“{successor.Name}”已撤销，不能作为合并后的单位。");
        }

        if (successor.ValidFrom is { } from && mergedOn < from)
        {
            throw new DomainException($"合并日期不能早于“{successor.Name}”的设立日期。");
        }

        Retire(mergedOn.AddDays(-1));
        SuccessorId = successor.Id;
        MergedOn = mergedOn;
    }

    /// <summary>
    /// Records that a unit retired before the portal with a successor (the 2021 township adjustment) was merged into it
    /// on the day after its last day, so its pages redirect like a merge made here.
    /// </summary>
    public void RecordEarlierMerge()
    {
        if (SuccessorId is null || ValidTo is not { } lastDay)
        {
            throw new DomainException("只有已撤销并有承继单位的单位可以记为合并。");
        }

        MergedOn = lastDay.AddDays(1);
    }

    /// <summary>True when the unit's public pages should redirect (301) to its successor's.</summary>
    public static bool RedirectsToSuccessor(DateOnly? mergedOn, int? successorId) => mergedOn is not null && successorId is not null;

    public void Rename(string name, string indexCode, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("机构名称不能为空。");
        }

        if (string.IsNullOrWhiteSpace(indexCode))
        {
            throw new DomainException("索引号机构代码不能为空。");
        }

        Name = name.Trim();
        IndexCode = indexCode.Trim();
        SortOrder = sortOrder;
    }
}
