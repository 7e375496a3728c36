using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>Concurrent edits are detected: every versioned entity's Version is an optimistic-concurrency token.</summary>
public class ConcurrencyTokenTests
{
    [Fact]
    public async Task Model_EveryVersionedEntity_ChecksItsVersionOnSave()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var versioned = db.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList();

        Assert.Contains(versioned, e => e.ClrType == typeof(ServiceItem));
        Assert.Contains(versioned, e => e.ClrType == typeof(Domain.NewMedia.NewMediaAccount));
        Assert.All(versioned, e => Assert.True(
            e.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken, $"{e.ClrType.Name}.Version is not a concurrency token"));
    }

    [Fact]
    public async Task Save_ServiceItemEditedFromAStaleForm_IsRefused_AndNothingIsSaved()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        int id, organisationId;
        await using (var db = database.CreateContext())
        {
            organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
            var item = new ServiceItem(organisationId, ServiceGuideBuilder.Typical());
            db.ServiceItems.Add(item);
            await db.SaveChangesAsync();
            id = item.Id;
        }

        await using (var first = database.CreateContext())
        {
            var item = await first.ServiceItems.SingleAsync(i => i.Id == id);
            item.Edit(ServiceGuideBuilder.Typical() with { Hours = "工作日 9:00-17:00" });
            await first.SaveChangesAsync();
        }

        await using (var second = database.CreateContext())
        {
            var item = await second.ServiceItems.SingleAsync(i => i.Id == id);
            ((IAppDbContext)second).ExpectVersion(item, 1);
            item.Edit(ServiceGuideBuilder.Typical() with { Hours = "周一至周五" });

            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        var saved = await check.ServiceItems.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(2, saved.Version);
        Assert.Equal("工作日 9:00-17:00", saved.Guide.Hours);
    }
}
