namespace ZezhouDisclosure.Domain.Documents;

/// <summary>公开属性, decided by the drafting unit for every document (泽政办发〔2020〕22号 §四(一)1).</summary>
public enum DisclosureAttribute
{
    /// <summary>主动公开.</summary>
    Proactive = 1,

    /// <summary>依申请公开.</summary>
    OnRequest = 2,

    /// <summary>不予公开.</summary>
    NotPublic = 3,
}
