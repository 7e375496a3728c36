using Serilog.Events;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// The level of each request's log line (Serilog request logging). A request the client abandoned — a browser or a
/// load generator closing the connection mid-request, which cancels the running query — is not a server error: the
/// client is gone and sees nothing, so it is logged at Information. Any other exception and any 5xx are errors, as in
/// Serilog's default; the rest is Information.
/// </summary>
public static class RequestLogLevels
{
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (error is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return LogEventLevel.Information;
        }

        return error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
    }
}
