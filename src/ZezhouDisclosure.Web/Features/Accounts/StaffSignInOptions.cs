namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>The <c>Portal:SignIn</c> configuration section: staff session lifetimes, sign-in throttling, two-factor.</summary>
public sealed class StaffSignInOptions
{
    public const string SectionName = "Portal:SignIn";

    /// <summary>A session with no request for this long ends (等保 登录连接超时; security.md SEC-SES-01). Default 30 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in however active it was. Default 12 hours.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Failed sign-ins one client may make for one name before it has to wait. Default 5.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The wait after the first failure beyond <see cref="FreeFailures"/>; it doubles with each further one. Default 1 minute.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait. Default 1 hour.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failures are forgotten this long after the last one. Default 24 hours.</summary>
    public TimeSpan FailureMemory { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Administrators must use two-factor sign-in (an administrator without it is sent to enrol before anything else).
    /// Default: on in Production, off elsewhere.
    /// </summary>
    public bool? RequireAdministratorTwoFactor { get; set; }
}
