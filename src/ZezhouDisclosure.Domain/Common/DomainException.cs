namespace ZezhouDisclosure.Domain.Common;

/// <summary>
/// A business rule was broken (for example approving a document that was never submitted).
/// The message is Chinese and is shown to the user as it is.
/// </summary>
public class DomainException(string message) : Exception(message);
