namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>One broken rule of a 办事指南: the element (the form field's name) and the Chinese message.</summary>
public sealed record GuideProblem(string Field, string Message);

/// <summary>
/// What a complete and accurate 办事指南 needs (泽政办发〔2020〕22号 三（四）1: 一次告知): 受理条件 and at least one 申请材料,
/// a 承诺时限 within the 法定时限, a fee with its standard and basis, the online link unless it is only handled on site.
/// The entity refuses a guide with any problem; validators show all of them on their fields.
/// </summary>
public static class ServiceGuideRules
{
    /// <summary>Most 申请材料, steps and questions a guide may list (a printable 一次告知单 stays readable).</summary>
    public const int MaxMaterials = 30;
    public const int MaxSteps = 20;
    public const int MaxQuestions = 20;

    /// <summary>The longest time limit accepted (working days; a year is about 250).</summary>
    public const int MaxDays = 365;

    public static IReadOnlyList<GuideProblem> Check(ServiceGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var problems = new List<GuideProblem>();
        void Require(string? text, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new GuideProblem(field, $"请填写{label}。"));
            }
        }

        Require(guide.Name, nameof(ServiceGuide.Name), "事项名称");
        if (!Enum.IsDefined(guide.Type))
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Type), "请选择事项类型。"));
        }

        Require(guide.Basis, nameof(ServiceGuide.Basis), "设定依据");
        Require(guide.Conditions, nameof(ServiceGuide.Conditions), "受理条件");
        if (guide.Materials.Count == 0)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Materials), "请至少填写一项申请材料。"));
        }
        else if (guide.Materials.Count > MaxMaterials)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Materials), $"申请材料不能超过{MaxMaterials}项。"));
        }

        for (var i = 0; i < guide.Materials.Count; i++)
        {
            var material = guide.Materials[i];
            if (string.IsNullOrWhiteSpace(material.Name))
            {
                problems.Add(new GuideProblem($"{nameof(ServiceGuide.Materials)}[{i}].Name", $"请填写第{i + 1}项申请材料的名称。"));
            }

            if (material.Copies is < 1 or > 99)
            {
                problems.Add(new GuideProblem($"{nameof(ServiceGuide.Materials)}[{i}].Copies", $"第{i + 1}项申请材料的份数应为1至99。"));
            }

            if (!Enum.IsDefined(material.Form) || !Enum.IsDefined(material.Medium))
            {
                problems.Add(new GuideProblem($"{nameof(ServiceGuide.Materials)}[{i}].Form", $"请选择第{i + 1}项申请材料的原件/复印件和纸质/电子要求。"));
            }
        }

        if (guide.Materials.Select(m => m.Name.Trim()).Where(n => n.Length > 0).GroupBy(n => n, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Materials), "申请材料名称不能重复。"));
        }

        if (guide.Steps.Count(s => !string.IsNullOrWhiteSpace(s)) == 0)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Steps), "请至少填写一个办理流程步骤。"));
        }
        else if (guide.Steps.Count > MaxSteps)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Steps), $"办理流程不能超过{MaxSteps}步。"));
        }

        if (guide.LegalDays is < 1 or > MaxDays)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.LegalDays), $"法定办结时限应为1至{MaxDays}个工作日。"));
        }

        if (guide.PromisedDays is < 0 or > MaxDays)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.PromisedDays), $"承诺办结时限应为0（即办）至{MaxDays}个工作日。"));
        }
        else if (guide.PromisedDays > guide.LegalDays && guide.LegalDays >= 1)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.PromisedDays), $"承诺办结时限（{guide.PromisedDays}个工作日）不能超过法定办结时限（{guide.LegalDays}个工作日）。"));
        }

        if (!guide.IsFree)
        {
            Require(guide.FeeStandard, nameof(ServiceGuide.FeeStandard), "收费标准（不收费的请勾选“不收费”）");
            Require(guide.FeeBasis, nameof(ServiceGuide.FeeBasis), "收费依据");
        }

        Require(guide.Location, nameof(ServiceGuide.Location), "办理地点");
        Require(guide.Hours, nameof(ServiceGuide.Hours), "办理时间");
        Require(guide.ConsultPhone, nameof(ServiceGuide.ConsultPhone), "咨询电话");
        Require(guide.ComplaintPhone, nameof(ServiceGuide.ComplaintPhone), "监督投诉电话");
        if (!Enum.IsDefined(guide.OnlineLevel))
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.OnlineLevel), "请选择网上可办理程度。"));
        }
        else if (guide.OnlineLevel != OnlineLevel.OnSite)
        {
            if (string.IsNullOrWhiteSpace(guide.OnlineUrl))
            {
                problems.Add(new GuideProblem(nameof(ServiceGuide.OnlineUrl), $"网上可办理程度为“{ServiceLabels.Of(guide.OnlineLevel)}”时，请填写网上办理地址。"));
            }
            else if (!IsWebAddress(guide.OnlineUrl))
            {
                problems.Add(new GuideProblem(nameof(ServiceGuide.OnlineUrl), "网上办理地址应以 http:// 或 https:// 开头。"));
            }
        }

        if (guide.Questions.Count > MaxQuestions)
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Questions), $"常见问题不能超过{MaxQuestions}条。"));
        }

        for (var i = 0; i < guide.Questions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(guide.Questions[i].Question) || string.IsNullOrWhiteSpace(guide.Questions[i].Answer))
            {
                problems.Add(new GuideProblem($"{nameof(ServiceGuide.Questions)}[{i}].Answer", $"第{i + 1}条常见问题须同时填写问题和解答。"));
            }
        }

        if (guide.LifeEvents.Any(e => !ServiceCategories.IsLifeEvent(e)))
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.LifeEvents), "人生事件无效。"));
        }

        if (!ServiceCategories.IsTheme(guide.Theme))
        {
            problems.Add(new GuideProblem(nameof(ServiceGuide.Theme), "请选择主题。"));
        }

        return problems;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
