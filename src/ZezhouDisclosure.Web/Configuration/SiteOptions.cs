using System.ComponentModel.DataAnnotations;

namespace ZezhouDisclosure.Web.Configuration;

/// <summary>
/// The identifiers every page's footer must carry (国办发〔2017〕47号; security.md SEC-GOV-01). Start-up fails when any
/// required one is missing.
/// </summary>
public sealed class SiteOptions
{
    public const string SectionName = "Portal:Site";

    [Required(ErrorMessage = "Portal:Site:SiteName is required.")]
    public string SiteName { get; set; } = "";

    [Required(ErrorMessage = "Portal:Site:Domain is required.")]
    public string Domain { get; set; } = "";

    /// <summary>主办单位.</summary>
    [Required(ErrorMessage = "Portal:Site:Organiser (主办单位) is required.")]
    public string Organiser { get; set; } = "";

    /// <summary>承办单位 (optional).</summary>
    public string? Operator { get; set; }

    [Required(ErrorMessage = "Portal:Site:Address is required.")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Portal:Site:Phone is required.")]
    public string Phone { get; set; } = "";

    public string? PostCode { get; set; }

    /// <summary>网站标识码.</summary>
    [Required(ErrorMessage = "Portal:Site:SiteIdCode (网站标识码) is required.")]
    public string SiteIdCode { get; set; } = "";

    /// <summary>ICP备案号, e.g. 晋ICP备…号.</summary>
    [Required(ErrorMessage = "Portal:Site:IcpNumber (ICP备案号) is required.")]
    public string IcpNumber { get; set; } = "";

    /// <summary>公安机关备案号, e.g. 晋公网安备 14052502000000号.</summary>
    [Required(ErrorMessage = "Portal:Site:PoliceRecordNumber (公安机关备案号) is required.")]
    public string PoliceRecordNumber { get; set; } = "";

    /// <summary>The digits of the 公安机关备案号, used in the link to beian.mps.gov.cn.</summary>
    public string? PoliceRecordCode { get; set; }

    /// <summary>Path under wwwroot of the official 国徽 image, placed there by the county (not shipped).</summary>
    public string? EmblemImagePath { get; set; }
}
