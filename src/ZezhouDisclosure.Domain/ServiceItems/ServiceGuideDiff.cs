namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>
/// "What changed" between two versions of a 办事指南, element by element, in Chinese (e.g. 申请材料：新增“户口簿”;
/// 承诺办结时限：5 → 3 个工作日). Shown on the version history and written into each published version.
/// </summary>
public static class ServiceGuideDiff
{
    public static IReadOnlyList<string> Compare(ServiceGuide? before, ServiceGuide after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before is null)
        {
            return ["首次发布"];
        }

        var changes = new List<string>();
        void Text(string label, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
            {
                changes.Add($"{label}已修改");
            }
        }

        Text("事项名称", before.Name, after.Name);
        if (before.Type != after.Type)
        {
            changes.Add($"事项类型：{ServiceLabels.Of(before.Type)} → {ServiceLabels.Of(after.Type)}");
        }

        Text("设定依据", before.Basis, after.Basis);
        Text("受理条件", before.Conditions, after.Conditions);
        foreach (var added in after.Materials.Where(m => before.Materials.All(o => o.Key != m.Key)))
        {
            changes.Add($"申请材料：新增“{added.Name}”");
        }

        foreach (var removed in before.Materials.Where(m => after.Materials.All(n => n.Key != m.Key)))
        {
            changes.Add($"申请材料：删除“{removed.Name}”");
        }

        foreach (var changed in after.Materials.Where(m => before.Materials.Any(o => o.Key == m.Key && o != m)))
        {
            changes.Add($"申请材料：修改“{changed.Name}”");
        }

        if (!before.Steps.SequenceEqual(after.Steps, StringComparer.Ordinal))
        {
            changes.Add("办理流程已修改");
        }

        if (before.LegalDays != after.LegalDays)
        {
            changes.Add($"法定办结时限：{before.LegalDays} → {after.LegalDays} 个工作日");
        }

        if (before.PromisedDays != after.PromisedDays)
        {
            changes.Add($"承诺办结时限：{before.PromisedDays} → {after.PromisedDays} 个工作日");
        }

        if (before.IsFree != after.IsFree || before.FeeStandard != after.FeeStandard || before.FeeBasis != after.FeeBasis)
        {
            changes.Add(after.IsFree ? "收费：改为不收费" : "收费标准或依据已修改");
        }

        Text("办理地点", before.Location, after.Location);
        Text("办理时间", before.Hours, after.Hours);
        Text("咨询电话", before.ConsultPhone, after.ConsultPhone);
        Text("监督投诉电话", before.ComplaintPhone, after.ComplaintPhone);
        if (before.OnlineLevel != after.OnlineLevel)
        {
            changes.Add($"网上可办理程度：{ServiceLabels.Of(before.OnlineLevel)} → {ServiceLabels.Of(after.OnlineLevel)}");
        }

        Text("网上办理地址", before.OnlineUrl, after.OnlineUrl);
        if (!before.Questions.SequenceEqual(after.Questions))
        {
            changes.Add("常见问题已修改");
        }

        if (!before.LifeEvents.SequenceEqual(after.LifeEvents, StringComparer.Ordinal) || before.Theme != after.Theme)
        {
            changes.Add("人生事件或主题分类已修改");
        }

        return changes;
    }
}
