using System.Globalization;
using System.Net;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Mvc;
using static ZezhouDisclosure.TestKit.Web.OutputCacheResponses;

namespace ZezhouDisclosure.Web.Tests.Caching;

/// <summary>The portal with the production default: a page enters the output cache on its second request.</summary>
public sealed class AdmissionFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Portal:OutputCache:AdmitOnSecondRequest"] = "true" };
}

/// <summary>
/// Pages asked for once (a crawler's walk, a one-off query value) never enter the output cache; a page asked for again
/// is stored and served from the cache after that (issue 19: the store's churn under a crawl).
/// </summary>
public class CacheAdmissionTests(AdmissionFactory factory) : IClassFixture<AdmissionFactory>
{
    [Fact]
    public async Task Get_SamePage_IsStoredAtTheSecondRequestAndServedFromTheThird()
    {
        var client = factory.CreateBrowserClient();

        var first = await client.GetAsync("/site/help?admission=repeated");
        var second = await client.GetAsync("/site/help?admission=repeated");
        var third = await client.GetAsync("/site/help?admission=repeated");

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.False(FromCache(first));
        Assert.False(FromCache(second), "a page rendered once is not stored");
        Assert.True(FromCache(third));
        Assert.Equal(await second.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_PagesAskedForOnce_AreNeverStored()
    {
        var client = factory.CreateBrowserClient();
        for (var i = 0; i < 20; i++)
        {
            Assert.False(FromCache(await client.GetAsync("/site/help?crawl=" + i.ToString(CultureInfo.InvariantCulture))));
        }

        // Each address was rendered once, so asking for one again renders it again (and stores it now).
        Assert.False(FromCache(await client.GetAsync("/site/help?crawl=7")));
        Assert.True(FromCache(await client.GetAsync("/site/help?crawl=7")));
    }

    [Fact]
    public async Task Get_ElderModeAndStandardPage_AreAdmittedSeparately()
    {
        var standard = factory.CreateBrowserClient();
        var elder = factory.CreateBrowserClient();
        elder.DefaultRequestHeaders.Add("Cookie", ElderMode.CookieName + "=1");

        await standard.GetAsync("/site/statement?admission=elder");
        var elderFirst = await elder.GetAsync("/site/statement?admission=elder");
        var elderSecond = await elder.GetAsync("/site/statement?admission=elder");

        Assert.False(FromCache(elderFirst));
        Assert.False(FromCache(elderSecond), "the standard page's rendering does not admit the 长辈版 page");
        Assert.True(FromCache(await elder.GetAsync("/site/statement?admission=elder")));
    }

    [Fact]
    public async Task SignedInRequests_DoNotCountTowardsAdmission()
    {
        var staff = await factory.ReviewerAsync("admission-staff");
        var anonymous = factory.CreateBrowserClient();

        await staff.GetAsync("/site/help?admission=staff");
        var anonymousFirst = await anonymous.GetAsync("/site/help?admission=staff");
        var anonymousSecond = await anonymous.GetAsync("/site/help?admission=staff");

        Assert.False(FromCache(anonymousFirst));
        Assert.False(FromCache(anonymousSecond), "a signed-in rendering never counts as a sighting");
        Assert.True(FromCache(await anonymous.GetAsync("/site/help?admission=staff")));
    }
}

/// <summary>The admission table itself.</summary>
public class CacheAdmissionTableTests
{
    [Fact]
    public void SeenBefore_FirstSightingIsFalse_SecondIsTrue()
    {
        var admission = new CacheAdmission();

        Assert.False(admission.SeenBefore("/xxgk/doc/1"));
        Assert.True(admission.SeenBefore("/xxgk/doc/1"));
        Assert.True(admission.SeenBefore("/xxgk/doc/1"));
    }

    [Fact]
    public void SeenBefore_DistinctAddresses_DoNotAdmitEachOther()
    {
        var admission = new CacheAdmission();
        var addresses = Enumerable.Range(1, 5000).Select(i => "/xxgk/doc/" + i.ToString(CultureInfo.InvariantCulture)).ToList();

        var admittedAtFirstSight = addresses.Count(admission.SeenBefore);

        Assert.Equal(0, admittedAtFirstSight);
    }

    [Fact]
    public void SeenBefore_TableIsBounded_OldSightingsAreOverwrittenNotKept()
    {
        var admission = new CacheAdmission();
        admission.SeenBefore("/popular");

        // Far more addresses than slots: every slot is overwritten many times over.
        for (var i = 0; i < 1_000_000; i++)
        {
            admission.SeenBefore("/crawl/" + i.ToString(CultureInfo.InvariantCulture));
        }

        Assert.False(admission.SeenBefore("/popular"), "a sighting is forgotten once its slot is reused");
    }
}
