using System.Text.Json;

namespace ZezhouDisclosure.Domain.ServiceItems;

/// <summary>How a 办事指南 is kept in one column (the working copy, the published copy, each version).</summary>
public static class ServiceGuideJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Write(ServiceGuide guide) => JsonSerializer.Serialize(guide, Options);

    public static ServiceGuide Read(string json) =>
        JsonSerializer.Deserialize<ServiceGuide>(json, Options) ?? throw new InvalidOperationException("办事指南数据无效。");
}
