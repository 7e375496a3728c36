using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Hosting;

namespace ZezhouDisclosure.Web.Tests.Features.Participation;

/// <summary>
/// The portal for the 公众参与 web tests, shared by their classes (one start-up, one database). These tests move the
/// fake clock by days (across the closing midnight, past the 30-day feedback limit); the fake clock fires every
/// periodic job at each of its intermediate ticks (scheduled publishing every minute, the nightly inspection at 02:00
/// Beijing on each day crossed, a full site run each time), which made one test take up to a minute and a half. None
/// of those jobs is under test here, so this portal runs without them; the overdue-feedback check is run directly.
/// </summary>
public sealed class ParticipationWebFactory : ZezhouWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var jobs = services.Where(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationType is { } type && typeof(PeriodicJob).IsAssignableFrom(type)).ToList();
            foreach (var job in jobs)
            {
                services.Remove(job);
            }
        });
    }
}

/// <summary>The 公众参与 web test classes share one <see cref="ParticipationWebFactory"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ParticipationCollection : ICollectionFixture<ParticipationWebFactory>
{
    public const string Name = "Participation";
}
