using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Domain.Oversight;

/// <summary>How an evaluator weighs a finding (国办秘函〔2019〕19号); the same values as the inspector seam's FindingSeverity.</summary>
public enum FindingLevel
{
    /// <summary>单项否决.</summary>
    Veto = 0,

    /// <summary>扣分.</summary>
    Deduction = 1,

    /// <summary>提示.</summary>
    Notice = 2,
}

/// <summary>
/// A problem the built-in inspector (监测) observed, kept once per key (check code + organisation + subject) however
/// many runs see it: first and last seen, the latest evidence; it closes itself when a run no longer observes it and
/// opens again (the same row, counted) if the problem comes back. <see cref="OrganisationId"/> is null for the site.
/// </summary>
public class Finding : Entity, IVersioned
{
    private Finding()
    {
    }

    public Finding(string checkCode, int? organisationId, string subject, FindingLevel level, string ruleName, string evidence, string? link, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(checkCode) || string.IsNullOrWhiteSpace(subject))
        {
            throw new DomainException("监测发现必须有规则代码和对象。");
        }

        CheckCode = checkCode;
        OrganisationId = organisationId;
        Subject = subject;
        FirstSeenAt = now;
        Observe(level, ruleName, evidence, link, now);
    }

    public const int CodeLength = 64;
    public const int SubjectLength = 200;
    public const int RuleNameLength = 100;
    public const int EvidenceLength = 1000;
    public const int LinkLength = 500;

    public string CheckCode { get; private set; } = "";

    public int? OrganisationId { get; private set; }

    public string Subject { get; private set; } = "";

    public FindingLevel Level { get; private set; }

    public string RuleName { get; private set; } = "";

    /// <summary>Chinese, personal data masked.</summary>
    public string Evidence { get; private set; } = "";

    /// <summary>Site-relative link where the problem can be seen.</summary>
    public string? Link { get; private set; }

    public DateTime FirstSeenAt { get; private set; }

    public DateTime LastSeenAt { get; private set; }

    /// <summary>When a run first no longer observed it; null while open.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>How often it came back after closing itself.</summary>
    public int TimesReopened { get; private set; }

    public int Version { get; set; }

    public bool IsOpen => ClosedAt is null;

    /// <summary>A run observed the problem (again): last seen now, the latest evidence; a closed finding opens again.</summary>
    public void Observe(FindingLevel level, string ruleName, string evidence, string? link, DateTime now)
    {
        if (ClosedAt is not null)
        {
            ClosedAt = null;
            TimesReopened++;
        }

        Level = level;
        RuleName = Cut(ruleName, RuleNameLength);
        Evidence = Cut(evidence, EvidenceLength);
        Link = link is null ? null : Cut(link, LinkLength);
        LastSeenAt = now;
    }

    /// <summary>A run that covered the finding's check and unit did not observe it: it closes itself.</summary>
    public bool Close(DateTime now)
    {
        if (ClosedAt is not null)
        {
            return false;
        }

        ClosedAt = now;
        return true;
    }

    /// <summary>The finding's identity: the same problem run after run.</summary>
    public static string Key(string checkCode, int? organisationId, string subject) => $"{checkCode}|{organisationId}|{subject}";

    public string Key() => Key(CheckCode, OrganisationId, Subject);

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
