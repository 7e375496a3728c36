using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Calendar;

/// <summary>The calendar pages: staff read, only administrators enter a notice, errors shown on the form.</summary>
public class CalendarControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public async Task Clerk_ReadsTheYears_ButMayNotEditThem()
    {
        var clerk = await factory.SignedInAsync("cal-clerk", Roles.Clerk, "gaodu");

        var index = await HtmlForms.GetAsync(clerk, "/admin/calendar");
        Assert.Equal(HttpStatusCode.OK, index.Response.StatusCode);
        Assert.Contains("国办发明电〔2025〕7号", index.Document.QuerySelector("table")!.TextContent);
        var year = await HtmlForms.GetAsync(clerk, "/admin/calendar/2026");
        Assert.Contains("2026年2月15日", year.Document.QuerySelector("#holidays")!.TextContent);
        Assert.Contains("2026年2月14日", year.Document.QuerySelector("#makeup-workdays")!.TextContent);
        Assert.Null(year.Document.QuerySelector("a[href='/admin/calendar/2026/edit']"));

        var edit = await clerk.GetAsync("/admin/calendar/2027/edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", edit.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Administrator_EntersAYear_ErrorsFirstThenSaved()
    {
        var admin = await factory.SignedInAsync("cal-admin", Roles.Administrator);
        var form = await HtmlForms.GetAsync(admin, "/admin/calendar/2027/edit");
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);

        var bad = await HtmlForms.PostAsync(admin, "/admin/calendar/2027/edit", form.Token, new()
        {
            ["Notice"] = "国办发明电〔2026〕X号",
            ["Holidays[0].Name"] = "元旦",
            ["Holidays[0].From"] = "2027-01-01",
            ["Holidays[0].To"] = "2027-01-03",
            ["MakeUpWorkdays[0].Name"] = "春节",
            ["MakeUpWorkdays[0].From"] = "2027-02-17",
            ["MakeUpWorkdays[0].To"] = "2027-02-17",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await HtmlForms.ParseAsync(bad);
        Assert.Contains("2027年2月17日 不是周六或周日", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("2027-02-17", page.QuerySelector("input[name='MakeUpWorkdays[0].From']")!.GetAttribute("value"));

        var good = await HtmlForms.PostAsync(admin, "/admin/calendar/2027/edit", form.Token, new()
        {
            ["Notice"] = "国办发明电〔2026〕X号",
            ["Holidays[0].Name"] = "元旦",
            ["Holidays[0].From"] = "2027-01-01",
            ["Holidays[0].To"] = "2027-01-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/admin/calendar/2027", good.Headers.Location!.ToString());
        Assert.Equal(3, await factory.QueryAsync(db => db.CalendarDays.CountAsync(d => d.Date.Year == 2027)));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "calendar.add-year")));
    }

    [Fact]
    public async Task Administrator_SavesAStaleForm_Gets409WithTheTypedRowsAndTheCurrentVersion_ThenSaves()
    {
        var admin = await factory.SignedInAsync("cal-conflict-admin", Roles.Administrator);
        Dictionary<string, string> Fields(string notice, string version) => new()
        {
            ["Notice"] = notice,
            ["Holidays[0].Name"] = "元旦",
            ["Holidays[0].From"] = "2028-01-01",
            ["Holidays[0].To"] = "2028-01-03",
            ["Version"] = version,
        };

        var first = await HtmlForms.GetAsync(admin, "/admin/calendar/2028/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.PostAsync(admin, "/admin/calendar/2028/edit", first.Token, Fields("第一次", ""))).StatusCode);
        var opened = await HtmlForms.GetAsync(admin, "/admin/calendar/2028/edit");
        var loaded = opened.Document.QuerySelector("input[name='Version']")!.GetAttribute("value")!;

        // Somebody else saves the year after this form was opened.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.PostAsync(admin, "/admin/calendar/2028/edit", opened.Token, Fields("他人修改", loaded))).StatusCode);

        var stale = await HtmlForms.PostAsync(admin, "/admin/calendar/2028/edit", opened.Token, Fields("本人修改", loaded));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await HtmlForms.ParseAsync(stale);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal("本人修改", page.QuerySelector("#Notice")?.GetAttribute("value") ?? page.QuerySelector("[name='Notice']")!.TextContent);
        var current = page.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        Assert.NotEqual(loaded, current);

        var again = await HtmlForms.PostAsync(admin, "/admin/calendar/2028/edit", opened.Token, Fields("本人修改", current));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}
