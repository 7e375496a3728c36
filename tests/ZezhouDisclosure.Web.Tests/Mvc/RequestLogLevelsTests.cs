using Microsoft.AspNetCore.Http;
using Serilog.Events;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Tests.Mvc;

public class RequestLogLevelsTests
{
    private static DefaultHttpContext Context(bool aborted, int status = 200) =>
        new() { RequestAborted = new CancellationToken(aborted), Response = { StatusCode = status } };

    [Fact]
    public void For_CancelledByTheClientAbandoningTheRequest_IsInformation()
    {
        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(Context(aborted: true), 12, new TaskCanceledException()));
    }

    [Fact]
    public void For_CancelledWhileTheClientIsStillThere_IsAnError()
    {
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(Context(aborted: false), 12, new TaskCanceledException()));
    }

    [Fact]
    public void For_OtherExceptionOfAnAbandonedRequest_IsAnError()
    {
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(Context(aborted: true), 12, new InvalidOperationException()));
    }

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(499, LogEventLevel.Information)]
    [InlineData(500, LogEventLevel.Error)]
    [InlineData(503, LogEventLevel.Error)]
    public void For_NoException_ErrorOnlyFor5xx(int status, LogEventLevel expected)
    {
        Assert.Equal(expected, RequestLogLevels.For(Context(aborted: false, status), 12, null));
    }
}
