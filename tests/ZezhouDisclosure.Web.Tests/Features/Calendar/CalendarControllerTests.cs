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
}
