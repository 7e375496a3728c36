using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Common.Behaviours;

/// <summary>
/// Logs each use case by name, user id and duration. Never the message itself: commands carry applicants'
/// personal data (security.md SEC-LOG-05).
/// </summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(
    ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > TimeSpan.FromMilliseconds(500))
            {
                logger.LogWarning(
                    "Slow use case {UseCase} for user {UserId}: {ElapsedMs} ms",
                    typeof(TMessage).Name, currentUser.UserId, (long)elapsed.TotalMilliseconds);
            }
            else
            {
                logger.LogDebug(
                    "Use case {UseCase} for user {UserId}: {ElapsedMs} ms",
                    typeof(TMessage).Name, currentUser.UserId, (long)elapsed.TotalMilliseconds);
            }
        }
    }
}
