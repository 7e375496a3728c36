namespace ZezhouDisclosure.Domain.Documents;

/// <summary>有效性 of a document.</summary>
public enum DocumentValidity
{
    /// <summary>有效.</summary>
    Valid = 1,

    /// <summary>失效.</summary>
    Expired = 2,

    /// <summary>废止.</summary>
    Repealed = 3,
}
