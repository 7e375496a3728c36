namespace ZezhouDisclosure.Application.Common.Errors;

/// <summary>The user is known but may not do this (shown as 403).</summary>
public sealed class ForbiddenException(string message = "您没有权限执行此操作。") : Exception(message);
