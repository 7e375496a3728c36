namespace ZezhouDisclosure.Domain.Common;

/// <summary>Maximum lengths shared by entities, validators and the database mapping.</summary>
public static class DataLimits
{
    public const int Code = 32;
    public const int Slug = 64;
    public const int ShortText = 100;
    public const int Name = 200;

    /// <summary>A holiday's name in the working-day calendar (春节, 国庆节).</summary>
    public const int HolidayName = 50;
    public const int Title = 300;
    public const int DocumentNumber = 100;
    public const int IndexNumber = 64;
    public const int Reason = 2000;

    /// <summary>A short statement: a document's 内容概述, its 不需解读 note, a withdrawal reason.</summary>
    public const int Summary = 500;

    /// <summary>A document's 关键词.</summary>
    public const int Keywords = 200;
    public const int Description = 4000;
    public const int Path = 300;
    public const int UserName = 256;
    public const int BodyHtml = 1_000_000;
}
