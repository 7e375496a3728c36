using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Data;

namespace ZezhouDisclosure.Infrastructure.Tests.Persistence;

/// <summary>Issue 20 item 3: the applicant's ID number, phone, e-mail and address never reach the database in plaintext.</summary>
public class ProtectedColumnsTests
{
    private const string Phone = "13812349876";
    private const string Email = "wang.xiaoming@example.cn";
    private const string Address = "山西省晋城市泽州县高都镇某村1号";
    private const string IdNumber = "140525199001011235";

    private static async Task<int> AddRequestAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var organisationId = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
        var request = new DisclosureRequestBuilder()
            .AtOrganisation(organisationId)
            .WithApplicant("王小明", Phone, Email, Address)
            .WithIdDocument(Domain.Requests.IdDocumentType.ResidentIdCard, IdNumber)
            .Build();
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    private static async Task<string?[]> RawColumnsAsync(SqliteTestDatabase database, int id)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Phone, Email, PostalAddress, IdNumber FROM DisclosureRequests WHERE Id = " + id;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return [.. Enumerable.Range(0, 4).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i))];
    }

    [Fact]
    public async Task Save_ApplicantContactDetails_AreStoredAsDataProtectionPayloads()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        var id = await AddRequestAsync(database);

        var stored = await RawColumnsAsync(database, id);

        Assert.All(stored, value => Assert.StartsWith(ProtectedStringConverter.PayloadPrefix, value));
        var joined = string.Join("|", stored);
        Assert.DoesNotContain(Phone, joined);
        Assert.DoesNotContain("example.cn", joined);
        Assert.DoesNotContain("高都镇", joined);
        Assert.DoesNotContain(IdNumber, joined);
    }

    [Fact]
    public async Task Read_EncryptedContactDetails_ComeBackAsTyped()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        var id = await AddRequestAsync(database);

        await using var db = database.CreateContext();
        var request = await db.DisclosureRequests.SingleAsync(r => r.Id == id);
        var projected = await db.DisclosureRequests.Where(r => r.Id == id).Select(r => new { r.Phone, r.Email, r.PostalAddress }).SingleAsync();

        Assert.Equal((Phone, Email, Address, IdNumber), (request.Phone, request.Email, request.PostalAddress, request.IdNumber));
        Assert.Equal((Phone, Email, Address), (projected.Phone, projected.Email, projected.PostalAddress));
    }

    [Fact]
    public async Task Read_RowWrittenBeforeContactEncryption_IsReadAndEncryptedWhenNextSaved()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        database.User.AsSystem();
        var id = await AddRequestAsync(database);
        await using (var raw = database.CreateContext())
        {
            await raw.Database.ExecuteSqlAsync($"UPDATE DisclosureRequests SET Phone = {"0356-1234567"}, Email = NULL, PostalAddress = {"旧地址"} WHERE Id = {id}");
        }

        await using var db = database.CreateContext();
        var request = await db.DisclosureRequests.SingleAsync(r => r.Id == id);
        Assert.Equal(("0356-1234567", (string?)null, "旧地址"), (request.Phone, request.Email, request.PostalAddress));

        db.Entry(request).Property(r => r.Phone).IsModified = true;
        db.Entry(request).Property(r => r.PostalAddress).IsModified = true;
        await db.SaveChangesAsync();
        var stored = await RawColumnsAsync(database, id);
        Assert.StartsWith(ProtectedStringConverter.PayloadPrefix, stored[0]);
        Assert.Null(stored[1]);
        Assert.StartsWith(ProtectedStringConverter.PayloadPrefix, stored[2]);
    }
}
