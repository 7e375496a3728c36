using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Application.Tests.Dashboard;

/// <summary>Seeding helpers for the 工作台 tests. Today is 2026-11-27 (TestClock).</summary>
internal static class WorkbenchData
{
    public static async Task<int> OrganisationAsync(SqliteTestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    /// <summary>An open application received on <paramref name="received"/> (answer due 20 working days later).</summary>
    public static async Task<int> RequestAsync(SqliteTestDatabase database, string organisation, string received, int sequence)
    {
        var organisationId = await OrganisationAsync(database, organisation);
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var day = DateOnly.ParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var request = new DisclosureRequest(
            RequestNumber.Format(day, sequence), organisationId,
            new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "140525199001011235", "13812341234", null, null),
            new RequestedInformation("某村2026年低保名单", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, day);
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    public static async Task<int> DocumentAsync(SqliteTestDatabase database, string organisation, Func<DocumentBuilder, DocumentBuilder> state)
    {
        var organisationId = await OrganisationAsync(database, organisation);
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var document = state(new DocumentBuilder().ForOrganisation(organisationId)).Build();
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>A published 解读 of the given form (published on 2026-11-27).</summary>
    public static Task<int> InterpretationAsync(SqliteTestDatabase database, string organisation, InterpretationForm form) =>
        DocumentAsync(database, organisation, b => b.Then(d => d.DescribeInterpretation(form, InterpretationChannels.None, null)).Published());

    /// <summary>A township's 标准目录 (社会救助) submitted for 审定.</summary>
    public static async Task SubmittedCatalogueAsync(SqliteTestDatabase database, string township)
    {
        var organisationId = await OrganisationAsync(database, township);
        database.User.AsSystem();
        await using var db = database.CreateContext();
        var shjz = await db.PilotAreas.SingleAsync(a => a.Slug == "shjz");
        var template = await db.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == shjz.Id);
        var catalogue = new TownshipCatalogue(organisationId);
        catalogue.AddArea(template);
        db.TownshipCatalogues.Add(catalogue);
        await db.SaveChangesAsync();
        catalogue.Submit(DocumentBuilder.Now, "clerk");
        await db.SaveChangesAsync();
    }
}
