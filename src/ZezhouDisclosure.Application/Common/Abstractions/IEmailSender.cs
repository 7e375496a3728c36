namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>A plain-text e-mail to one recipient.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail through the SMTP server configured under <c>Portal:Smtp</c> (implemented in Infrastructure).</summary>
public interface IEmailSender
{
    /// <summary>False when no SMTP server is configured: nothing is sent (the caller logs and records it).</summary>
    bool IsConfigured { get; }

    /// <summary>Sends the message; throws when the server refuses it or cannot be reached.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
