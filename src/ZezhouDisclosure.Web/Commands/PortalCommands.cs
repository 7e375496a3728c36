using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Persistence.Providers;
using ZezhouDisclosure.Infrastructure.Search;
using ZezhouDisclosure.Web.Configuration;
using ZezhouDisclosure.Web.Features.Search;

namespace ZezhouDisclosure.Web.Commands;

/// <summary>
/// Operator commands run instead of the web server:
/// <c>migrate</c> applies migrations and seeds reference data;
/// <c>create-admin --user NAME [--name 显示名]</c> creates the first administrator (password from ZD_ADMIN_PASSWORD or the terminal);
/// <c>rebuild-search-index</c> re-reads every published document and catalogue row into the search index (stop the
/// portal on this node first: the index is opened by one process at a time).
/// <c>anonymise-requests</c> anonymises the applicants of cases past Portal:Requests:RetentionYears now.
/// <c>inspect [--no-external-links] [--unit SLUG] [--duty-cycle D]</c> runs the inspector (监测) once and prints how
/// long it took and what it found (the portal may keep running: SQLite's WAL lets its readers go on meanwhile). It is
/// paced as the nightly run is (Portal:Inspector:DutyCycle) unless <c>--duty-cycle 1</c> asks for full speed.
/// </summary>
public static class PortalCommands
{
    public const string PasswordVariable = "ZD_ADMIN_PASSWORD";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "migrate" or "create-admin" or RebuildSearchIndex or "anonymise-requests" or Inspect;

    public const string RebuildSearchIndex = "rebuild-search-index";

    public const string Inspect = "inspect";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            return args[0] switch
            {
                "migrate" => await MigrateAsync(app),
                "create-admin" => await CreateAdminAsync(app, args),
                RebuildSearchIndex => await RebuildSearchIndexAsync(app.Services, Console.Out),
                "anonymise-requests" => await AnonymiseRequestsAsync(app),
                Inspect => await InspectAsync(app.Services, args, Console.Out),
                _ => 2,
            };
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        // Operators run this against production databases, often through `dotnet run` and its Development launch
        // profile: demo data only when Portal:DemoData is explicitly true, never by environment default.
        var demoData = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.DemoData == true;
        await app.Services.InitialiseDatabaseAsync(migrate: true, demoData);
        Console.WriteLine($"The {settings.Provider} database is up to date and its reference data is seeded.");
        return 0;
    }

    /// <summary>The <c>rebuild-search-index</c> command (also called by tests on a running test portal).</summary>
    public static async Task<int> RebuildSearchIndexAsync(IServiceProvider services, TextWriter output)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        await services.InitialiseDatabaseAsync(settings.MigrateOnStartup, demoData: false);
        var options = services.GetRequiredService<SearchIndexOptions>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = await SearchIndexStartupService.RebuildAsync(services.GetRequiredService<IServiceScopeFactory>(), options, CancellationToken.None);
        await output.WriteLineAsync($"The search index at {options.IndexPath} was rebuilt: {count} items in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>
    /// The <c>inspect</c> command: one full inspection (or one unit's with <c>--unit SLUG</c>) with the configured rules.
    /// <c>--no-external-links</c> resolves internal links only (no fetches: what a timing should measure); the output
    /// says which. <c>--duty-cycle D</c> (0 &lt; D ≤ 1) overrides the configured pace. Exit code 1 when a check failed to run,
    /// 2 for a bad option.
    /// </summary>
    public static async Task<int> InspectAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        await services.InitialiseDatabaseAsync(settings.MigrateOnStartup, demoData: false);
        var inspectorSettings = services.GetRequiredService<InspectorSettings>();
        if (args.Contains("--no-external-links"))
        {
            inspectorSettings.FetchExternalLinks = false; // this process only: the command's own copy of the settings
        }

        var dutyCycle = inspectorSettings.DutyCycle;
        if (Option(args, "--duty-cycle") is { } cycle)
        {
            if (!double.TryParse(cycle, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out dutyCycle)
                || dutyCycle is <= 0 or > 1)
            {
                await output.WriteLineAsync($"--duty-cycle must be a number greater than 0 and at most 1, not {cycle}.");
                return 2;
            }
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        int? unit = null;
        if (Option(args, "--unit") is { } slug)
        {
            unit = await db.Organisations.Where(o => o.Slug == slug).Select(o => (int?)o.Id).SingleOrDefaultAsync()
                ?? throw new InvalidOperationException($"No unit has the slug {slug}.");
        }

        var units = unit is null ? await db.Organisations.Where(Organisation.HasDisclosureSection).CountAsync() : 1;
        var documents = await db.Documents.CountAsync(d => d.Status == DocumentStatus.Published && (unit == null || d.OrganisationId == unit));
        await output.WriteLineAsync(inspectorSettings.FetchExternalLinks
            ? $"External links: fetched (at most {inspectorSettings.LinkMaxFetchesPerRun} per run, {inspectorSettings.LinkDelayMilliseconds} ms apart, results kept {inspectorSettings.LinkCacheHours} h)."
            : "External links: not fetched (--no-external-links or Portal:Inspector:FetchExternalLinks=false); internal links are still resolved.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = await scope.ServiceProvider.GetRequiredService<Inspector>().RunAsync(InspectionTrigger.OnDemand, unit, dutyCycle, CancellationToken.None);
        clock.Stop();
        foreach (var (code, elapsed) in summary.Timings ?? [])
        {
            await output.WriteLineAsync($"  {code,-28} {elapsed.TotalSeconds,8:0.00} s");
        }

        await output.WriteLineAsync(
            $"Inspection of {(unit is null ? "the whole site" : "unit " + Option(args, "--unit"))} finished in {clock.Elapsed.TotalSeconds:0.0} s: " +
            $"{units} unit(s), {documents} published document(s), {summary.ChecksRun} check(s), {summary.Observations} observation(s); " +
            $"findings opened {summary.Opened}, closed {summary.Closed}; 整改 verified {summary.Verified}, reopened {summary.Reopened}.");
        await output.WriteLineAsync(dutyCycle < 1
            ? $"Paced at a duty cycle of {dutyCycle:0.##}: worked {(clock.Elapsed - summary.Paused).TotalSeconds:0.0} s, waited {summary.Paused.TotalSeconds:0.0} s."
            : "Not paced (duty cycle 1).");
        if (summary.Failed.Count > 0)
        {
            await output.WriteLineAsync($"Checks that failed (their findings were left as they were): {string.Join("; ", summary.Failed)}");
            return 1;
        }

        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var userName = Option(args, "--user");
        if (string.IsNullOrWhiteSpace(userName))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --user NAME [--name 显示名]  (password from ZD_ADMIN_PASSWORD or typed)");
            return 2;
        }

        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await app.Services.InitialiseDatabaseAsync(settings.MigrateOnStartup, demoData: false);

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await Console.Error.WriteLineAsync($"An account named {userName} already exists.");
            return 1;
        }

        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = Option(args, "--name") ?? "系统管理员",
            CreatedAt = time.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            return 1;
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        Console.WriteLine($"Administrator {userName} created.");
        return 0;
    }

    private static async Task<int> AnonymiseRequestsAsync(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await app.Services.InitialiseDatabaseAsync(settings.MigrateOnStartup, demoData: false);
        var years = app.Services.GetRequiredService<IOptions<RequestRetentionOptions>>().Value.RetentionYears;
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AnonymiseExpiredRequestsCommand(years));
        Console.WriteLine($"Anonymised the applicants of {count} request(s) closed more than {years} year(s) ago.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string ReadPassword()
    {
        Console.Write("Password: ");
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
