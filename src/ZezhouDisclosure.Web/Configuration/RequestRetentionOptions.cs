using System.ComponentModel.DataAnnotations;
using ZezhouDisclosure.Application.Requests;

namespace ZezhouDisclosure.Web.Configuration;

/// <summary>The <c>Portal:Requests</c> section: how long applicants' personal data is kept after a case closes.</summary>
public sealed class RequestRetentionOptions
{
    public const string SectionName = "Portal:Requests";

    /// <summary>Whole years after closing; default <see cref="AnonymiseExpiredRequestsCommand.DefaultRetentionYears"/>.</summary>
    [Range(1, 100)]
    public int RetentionYears { get; set; } = AnonymiseExpiredRequestsCommand.DefaultRetentionYears;
}
