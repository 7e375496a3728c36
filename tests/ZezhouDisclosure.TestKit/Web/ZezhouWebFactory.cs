using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.TestKit.Builders;

namespace ZezhouDisclosure.TestKit.Web;

/// <summary>
/// The whole portal in memory over HTTP, on its own SQLite file with the real migrations, a fake clock and no demo
/// data. Intent methods create staff accounts and documents; <see cref="SignInAsync"/> goes through the real login form.
/// One factory per test class (IClassFixture).
/// </summary>
public class ZezhouWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-Password-2026!";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "zd-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = TestClock.Create();

    /// <summary>Extra configuration a derived factory or a test wants (applied before the portal reads it).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        var settings = new Dictionary<string, string?>
        {
            ["environment"] = "Testing",
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = _directory,
            ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(_directory, "portal.db")}",
            ["Portal:DemoData"] = "false",
            // Tests run the inspector when they mean to; a background re-check after each seeded publication would race them.
            ["Portal:Inspector:RecheckAfterPublication"] = "false",
            // The monthly self-check reports would be generated whenever a test's clock crosses a month's 1st working day.
            ["Portal:Inspector:MonthlyReports"] = "false",
            // Full speed: under the fake clock the work takes no time, and a pause, if one were owed, would never end.
            ["Portal:Inspector:DutyCycle"] = "1",
            ["Portal:Site:Address"] = "山西省晋城市泽州县测试地址",
            ["Portal:Site:Phone"] = "0356-1234567",
            ["Portal:Site:SiteIdCode"] = "1405250099",
            ["Portal:Site:IcpNumber"] = "晋ICP备12345678号",
            ["Portal:Site:PoliceRecordNumber"] = "晋公网安备 14052502000001号",
            ["Portal:Site:PoliceRecordCode"] = "14052502000001",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Portal:LoginAttemptsPerMinute"] = "10000",
            ["Portal:RequestFormPostsPerMinute"] = "10000",
            ["Portal:RequestQueriesPerMinute"] = "10000",
            ["Portal:Search:IndexPath"] = Path.Combine(_directory, "search-index"),
            // The cache tests check what is stored and evicted from a page's first request on; the admission of pages
            // on their second request (the production default) has its own tests (CacheAdmissionTests).
            ["Portal:OutputCache:AdmitOnSecondRequest"] = "false",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests assert them).</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("http://localhost"),
    });

    public async Task<int> OrganisationIdAsync(string slug)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    public async Task<int> ColumnIdAsync(string path)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Columns.Where(c => c.Path == path).Select(c => c.Id).SingleAsync();
    }

    /// <summary>Creates a staff account (idempotent per user name) with <see cref="Password"/>.</summary>
    public async Task CreateUserAsync(string userName, string role, string? organisationSlug = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            UserName = userName,
            DisplayName = userName,
            OrganisationId = organisationSlug is null ? null : await OrganisationIdAsync(organisationSlug),
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
    }

    public Task CreateClerkAsync(string userName, string organisationSlug) => CreateUserAsync(userName, Roles.Clerk, organisationSlug);

    public Task CreateReviewerAsync(string userName) => CreateUserAsync(userName, Roles.Reviewer);

    /// <summary>A new cookie-keeping client, signed in through the login form as a new (or existing) account.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string role, string? organisationSlug = null)
    {
        await CreateUserAsync(userName, role, organisationSlug);
        var client = CreateBrowserClient();
        await SignInAsync(client, userName);
        return client;
    }

    /// <summary>A clerk (信息员) of the organisation with this slug, signed in.</summary>
    public Task<HttpClient> ClerkAsync(string userName, string organisationSlug) => SignedInAsync(userName, Roles.Clerk, organisationSlug);

    /// <summary>The head (单位负责人) of the organisation with this slug, signed in.</summary>
    public Task<HttpClient> UnitHeadAsync(string userName, string organisationSlug) => SignedInAsync(userName, Roles.UnitHead, organisationSlug);

    /// <summary>A reviewer of the county office (县政务公开办), signed in.</summary>
    public Task<HttpClient> ReviewerAsync(string userName = "reviewer") => SignedInAsync(userName, Roles.Reviewer);

    /// <summary>An administrator, signed in.</summary>
    public Task<HttpClient> AdministratorAsync(string userName = "administrator") => SignedInAsync(userName, Roles.Administrator);

    /// <summary>Signs a client in through the real login form; throws unless it is redirected.</summary>
    public static async Task SignInAsync(HttpClient client, string userName, string password = Password)
    {
        var form = await HtmlForms.GetAsync(client, "/account/login");
        var response = await HtmlForms.PostAsync(client, "/account/login", form.Token, new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }
    }

    /// <summary>A document written straight into the database in the given state (bypassing HTTP).</summary>
    public async Task<int> SeedDocumentAsync(string organisationSlug, string columnPath, DocumentStatus status, Action<DocumentContentBuilder>? configure = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == organisationSlug);
        var builder = new DocumentContentBuilder().InColumn(await ColumnIdAsync(columnPath));
        configure?.Invoke(builder);
        var document = new Document(organisation.Id, builder.Build());
        db.Documents.Add(document);
        var now = Time.GetUtcNow().UtcDateTime;
        if (status != DocumentStatus.Draft)
        {
            document.Submit(now, "seed", unitSignOff: status == DocumentStatus.AwaitingUnitApproval);
        }

        if (status == DocumentStatus.Returned)
        {
            document.Return("请补充内容。", now, "seed");
        }

        if (status is DocumentStatus.Published or DocumentStatus.ApprovedNotPublic)
        {
            var year = ChinaTime.Today(Time).Year;
            var sequence = await db.IndexNumberSequences.FindAsync(organisation.Id, year);
            if (sequence is null)
            {
                sequence = new IndexNumberSequence(organisation.Id, year);
                db.IndexNumberSequences.Add(sequence);
            }

            if (document.RequiresFiling)
            {
                document.AcknowledgeFiling(now, "seed");
            }

            document.Approve(IndexNumber.Format(organisation.IndexCode, year, sequence.Next()), now, "seed");
        }

        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>Turns an organisation's own sign-off step (单位内审核) on or off, as an administrator would.</summary>
    public async Task SetUnitSignOffAsync(string organisationSlug, bool enabled)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == organisationSlug);
        organisation.SetUnitSignOff(enabled);
        await db.SaveChangesAsync();
    }

    /// <summary>The row version a form would carry for this document.</summary>
    public Task<int> VersionOfAsync(int documentId) =>
        QueryAsync(db => db.Documents.Where(d => d.Id == documentId).Select(d => d.Version).SingleAsync());

    /// <summary>Reads the database as the system (county-wide; soft-deleted rows stay hidden unless the query ignores filters).</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
