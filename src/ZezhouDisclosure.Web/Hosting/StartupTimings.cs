using System.Diagnostics;

namespace ZezhouDisclosure.Web.Hosting;

/// <summary>
/// Logs how far start-up has come: wall time since the process started and the CPU time it used so far (the figure
/// that stays meaningful on a busy machine). docs/performance.md reads these lines to say where a cold start goes.
/// </summary>
public static class StartupTimings
{
    public static void Mark(ILogger logger, string step)
    {
        using var process = Process.GetCurrentProcess();
        logger.LogInformation(
            "Start-up: {Step} after {WallMilliseconds:0} ms ({CpuMilliseconds:0} ms of CPU)",
            step,
            (DateTime.Now - process.StartTime).TotalMilliseconds,
            process.TotalProcessorTime.TotalMilliseconds);
    }
}
