namespace ZezhouDisclosure.Application.Common.Errors;

/// <summary>
/// The request came too late: somebody else changed the record first, or the workflow has moved on
/// (shown as 409, keeping what the user typed).
/// </summary>
public sealed class ConflictException(string message) : Exception(message);
