namespace ZezhouDisclosure.Domain.Documents;

/// <summary>“五公开”: 决策、执行、管理、服务、结果公开 (泽政办发〔2020〕22号 一).</summary>
public enum FivePublicCategory
{
    /// <summary>决策公开.</summary>
    Decision = 1,

    /// <summary>执行公开.</summary>
    Execution = 2,

    /// <summary>管理公开.</summary>
    Management = 3,

    /// <summary>服务公开.</summary>
    Service = 4,

    /// <summary>结果公开.</summary>
    Result = 5,
}
