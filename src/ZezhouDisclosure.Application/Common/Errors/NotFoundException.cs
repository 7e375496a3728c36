namespace ZezhouDisclosure.Application.Common.Errors;

/// <summary>The record does not exist, or the user may not know that it exists (shown as 404).</summary>
public sealed class NotFoundException(string message = "您访问的信息不存在或已被删除。") : Exception(message);
