namespace ZezhouDisclosure.Infrastructure.Email;

/// <summary>
/// The <c>Portal:Smtp</c> section: the server the portal sends applicants' receipts through. Without a
/// <see cref="Host"/> nothing is sent (each unsent receipt is logged and shown on the case page).
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Portal:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>
    /// MailKit's SecureSocketOptions: None, StartTlsWhenAvailable (default), StartTls (required), SslOnConnect (port 465)
    /// or Auto.
    /// </summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. ysqgk@zezhou.gov.cn.</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "泽州县政务公开门户";

    /// <summary>Seconds to wait for the server before giving up.</summary>
    public int TimeoutSeconds { get; set; } = 15;
}
