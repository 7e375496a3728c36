namespace ZezhouDisclosure.Web.Models;

/// <param name="StatusCode">The status shown.</param>
/// <param name="CorrelationId">The request's trace id.</param>
/// <param name="RetryAfterSeconds">For 429/503: how long to wait (also sent as <c>Retry-After</c>).</param>
public sealed record ErrorViewModel(int StatusCode, string CorrelationId, int? RetryAfterSeconds = null)
{
    public string Title => StatusCode switch
    {
        400 => "请求有误",
        403 => "没有权限",
        404 => "页面不存在",
        405 => "请求方式不正确",
        409 => "操作冲突",
        429 => "访问过于频繁",
        503 => "服务暂不可用",
        _ => StatusCode >= 500 ? "服务器内部错误" : "请求未能完成",
    };

    public string Explanation => StatusCode switch
    {
        400 => "您提交的内容无法处理，可能是页面已过期。请返回上一页刷新后重试。",
        403 => "您没有访问此页面的权限。",
        404 => "您访问的页面不存在，可能已被移动或删除。请检查网址，或通过站内搜索查找。",
        405 => "该页面不支持此种访问方式。",
        409 => "该操作与当前状态冲突，请刷新页面后重试。",
        429 => RetryAfterSeconds is { } wait ? $"您的操作过于频繁，请在{Wait(wait)}后再试。" : "您的访问过于频繁，请稍后再试。",
        503 => "访问人数较多或网站正在维护，请稍后再试（约十秒后刷新本页）。",
        _ => "服务器处理您的请求时出现问题，我们已记录此错误。如需帮助，请联系网站管理员并提供下方的错误编号。",
    };

    /// <summary>A wait in words: 45 秒, 2 分钟, 1 分 30 秒.</summary>
    public static string Wait(int seconds) => seconds switch
    {
        < 60 => $" {seconds} 秒",
        _ when seconds % 60 == 0 => $" {seconds / 60} 分钟",
        _ => $" {seconds / 60} 分 {seconds % 60} 秒",
    };
}
