using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Commands;

namespace ZezhouDisclosure.Web.Tests.Features.Oversight;

/// <summary>
/// The built-in checks over real rows, run as 系统 (a scope without an HTTP request, as the nightly job runs): broken
/// internal and external links (a local server answering 200 and 404, never the internet), personal data masked in the
/// evidence, a 政策文件 without 解读, and a finding that is not duplicated.
/// </summary>
public sealed class InspectorChecksTests : IClassFixture<ZezhouWebFactory>, IDisposable
{
    private readonly ZezhouWebFactory factory;
    private readonly HttpListener _listener;
    private readonly string _prefix;

    public InspectorChecksTests(ZezhouWebFactory factory)
    {
        this.factory = factory;
        _listener = StartListener(out _prefix);
    }

    private static HttpListener StartListener(out string prefix)
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        prefix = $"http://127.0.0.1:{port}/";
        var listener = new HttpListener();
        listener.Prefixes.Add(prefix);
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                try
                {
                    var context = await listener.GetContextAsync();
                    context.Response.StatusCode = context.Request.Url!.AbsolutePath == "/ok" ? 200 : 404;
                    context.Response.Close();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        });
        return listener;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private async Task<InspectionSummary> RunAsSystemAsync(int? organisationId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Inspector>().RunAsync(InspectionTrigger.Nightly, organisationId, CancellationToken.None);
    }

    private Task<List<Finding>> FindingsAsync(string code, int documentId) =>
        factory.QueryAsync(db => db.Findings.Where(f => f.CheckCode == code && f.Subject == $"document:{documentId}").ToListAsync());

    [Fact]
    public async Task Inspector_AsSystem_ReportsBrokenLinksAndMaskedPersonalData()
    {
        var body = $"""
            <p>详见<a href="/xxgk/doc/999999">已删除的通知</a>、<a href="/xxgk/zcwj">政策文件栏目</a>、<a href="{_prefix}ok">有效外链</a>、<a href="{_prefix}missing">失效外链</a>、<a href="#top">顶部</a>。</p>
            <p>联系人身份证号140525199001011235，电话13812341234；另一编号140525199001011234。</p>
            """;
        var id = await factory.SeedDocumentAsync("dayang", ColumnPaths.StatutoryOther, DocumentStatus.Published, d => d.WithTitle("大阳镇含问题的信息").WithBody(body));

        var summary = await RunAsSystemAsync();

        Assert.Empty(summary.Failed);
        var links = Assert.Single(await FindingsAsync("content.broken-link", id));
        Assert.Contains("/xxgk/doc/999999（站内页面不存在）", links.Evidence);
        Assert.True(links.Evidence.Contains($"{_prefix}missing（返回 404）", StringComparison.Ordinal), links.Evidence);
        Assert.DoesNotContain($"{_prefix}ok", links.Evidence);
        Assert.DoesNotContain("/xxgk/zcwj（", links.Evidence);
        Assert.Equal(await factory.OrganisationIdAsync("dayang"), links.OrganisationId);
        var personal = Assert.Single(await FindingsAsync("content.personal-data", id));
        Assert.Contains("140525********1235", personal.Evidence);
        Assert.Contains("138****1234", personal.Evidence);
        Assert.DoesNotContain("140525199001011235", personal.Evidence);
        Assert.Contains("含 2 处未脱敏个人信息", personal.Evidence); // not the number with a wrong check digit
        Assert.Equal($"/xxgk/doc/{id}", personal.Link);

        await RunAsSystemAsync();
        Assert.Single(await FindingsAsync("content.broken-link", id));
    }

    [Fact]
    public async Task Inspector_PolicyWithoutInterpretationOrReason_FlaggedOnlyWithoutReason()
    {
        var bare = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("巴公镇未解读的政策").AsPolicy());
        var excused = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, DocumentStatus.Published,
            d => d.WithTitle("巴公镇说明理由的政策").AsPolicy().WithNoInterpretationReason("内容简单，无需解读。"));

        await RunAsSystemAsync(await factory.OrganisationIdAsync("bagong"));

        Assert.Single(await FindingsAsync("policy.interpretation", bare));
        Assert.Empty(await FindingsAsync("policy.interpretation", excused));
    }

    [Fact]
    public async Task InspectCommand_DutyCycleOption_RunsPacedAndSaysSo()
    {
        // Not --no-external-links: in this process the option would switch link fetching off for the other tests too
        // (the command changes the settings it was given); 巴公镇's documents here link nowhere outside the loopback.
        var output = new StringWriter();

        var exitCode = await PortalCommands.InspectAsync(factory.Services, ["inspect", "--unit", "bagong", "--duty-cycle", "0.5"], output);

        Assert.Equal(0, exitCode);
        Assert.Contains("Inspection of unit bagong finished", output.ToString());
        Assert.Contains("Paced at a duty cycle of 0.5", output.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("快")]
    public async Task InspectCommand_BadDutyCycle_RefusedWithoutRunning(string dutyCycle)
    {
        var runs = await factory.QueryAsync(db => db.InspectionRuns.CountAsync());
        var output = new StringWriter();

        var exitCode = await PortalCommands.InspectAsync(factory.Services, ["inspect", "--duty-cycle", dutyCycle], output);

        Assert.Equal(2, exitCode);
        Assert.Contains("--duty-cycle must be a number greater than 0 and at most 1", output.ToString());
        Assert.Equal(runs, await factory.QueryAsync(db => db.InspectionRuns.CountAsync()));
    }
}
