using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Benchmarks.DataGenerator;
using ZezhouDisclosure.Infrastructure;
using ZezhouDisclosure.Infrastructure.Persistence;

// Creates a fresh SQLite database through the portal's own migrations and seeders, then bulk-inserts published data
// through the domain's constructors and methods. Usage (all counts optional):
//   dotnet ZezhouDisclosure.Benchmarks.DataGenerator.dll --db PATH [--documents 200000] [--catalogue-items 20000]
//       [--requests 50000] [--catalogue-versions 2] [--filed-per-township 200] [--seed 20261127] [--force]
var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

var path = Path.GetFullPath(options.DatabasePath);
if (File.Exists(path))
{
    if (!options.Force)
    {
        Console.Error.WriteLine($"{path} exists; pass --force to replace it.");
        return 1;
    }

    foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".manifest.json" })
    {
        File.Delete(file);
    }
}

var directory = Path.GetDirectoryName(path)!;
Directory.CreateDirectory(directory);
var total = Stopwatch.StartNew();
var clock = new GeneratorClock();
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    DisableDefaults = true,
    EnvironmentName = Environments.Production,
    ContentRootPath = directory,
});
// Production refuses to start without a key-encryption certificate for the Data Protection key ring (deploy/README.md,
// "Keys"): the generator uses the one named by DataProtection__CertificatePath (tests/benchmark/run.sh passes the same
// file to the portal, which must decrypt the key ring the generator wrote), or creates one beside the database.
var certificate = Environment.GetEnvironmentVariable("DataProtection__CertificatePath") is { Length: > 0 } configured
    ? Path.GetFullPath(configured)
    : Path.Combine(directory, "keys", "benchmark-dataprotection.pfx");
if (!File.Exists(certificate))
{
    ZezhouDisclosure.Infrastructure.DataProtection.KeyRingProtection.CreateDevelopmentCertificate(certificate, null);
}

builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["DataProtection:CertificatePath"] = certificate,
    ["Database:Provider"] = "Sqlite",
    ["Database:DataDirectory"] = directory,
    ["Database:CommandTimeoutSeconds"] = "600",
    ["ConnectionStrings:Default"] = $"Data Source={path}",
});
builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
// Registered before AddInfrastructure, which only adds TimeProvider.System when none is there.
builder.Services.AddSingleton<TimeProvider>(clock);
builder.Services.AddScoped<ICurrentUser, SystemUser>();
builder.AddInfrastructure();
using var host = builder.Build();

Console.WriteLine($"[generator] migrating and seeding {path}");
await host.Services.InitialiseDatabaseAsync(migrate: true, demoData: false);

// Create the Data Protection key now: the ID-number converter would otherwise create it inside the first
// application batch's transaction, and the key store's own write would wait on that transaction's lock.
host.Services.GetRequiredService<IDataProtectionProvider>()
    .CreateProtector(ProtectedStringConverter.IdNumberPurpose).Protect("key ring");

var generator = new Generator(host.Services, clock, options);
var manifest = await generator.RunAsync();

await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    // One self-contained file for the benchmark to copy.
    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
}

manifest.GeneratedInSeconds = Math.Round(total.Elapsed.TotalSeconds, 1);
manifest.DatabaseBytes = new FileInfo(path).Length;
await File.WriteAllTextAsync(path + ".manifest.json", JsonSerializer.Serialize(manifest, Manifest.JsonOptions));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"[generator] done in {total.Elapsed.TotalSeconds:0.0} s: {manifest.Documents} documents ({manifest.PublishedDocuments} published), " +
    $"{manifest.CatalogueVersionItems} published catalogue items, {manifest.Requests} applications; {manifest.DatabaseBytes / 1048576.0:0} MB"));
return 0;

/// <summary>Command-line options.</summary>
public sealed record GeneratorOptions(
    string DatabasePath, int Documents, int CatalogueItems, int Requests, int CatalogueVersions, int FiledPerTownship, int Seed, bool Force)
{
    public const string Usage =
        "Usage: --db PATH [--documents 200000] [--catalogue-items 20000] [--requests 50000] [--catalogue-versions 2] " +
        "[--filed-per-township 200] [--seed 20261127] [--force]";

    public static GeneratorOptions? Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int Number(string name, int fallback) =>
            Value(name) is { } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

        var db = Value("--db");
        if (db is null)
        {
            return null;
        }

        var options = new GeneratorOptions(db, Number("--documents", 200_000), Number("--catalogue-items", 20_000), Number("--requests", 50_000),
            Number("--catalogue-versions", 2), Number("--filed-per-township", 200), Number("--seed", 20261127), args.Contains("--force"));
        return options.Documents < 0 || options.CatalogueItems < 0 || options.Requests < 0 || options.CatalogueVersions < 1
            ? null
            : options;
    }
}

/// <summary>What was generated, and the URLs' parameters the benchmark needs (written next to the database).</summary>
public sealed class Manifest
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int Seed { get; set; }

    public int Documents { get; set; }

    public int PublishedDocuments { get; set; }

    public int InterpretationLinks { get; set; }

    public int CatalogueVersionItems { get; set; }

    public int CatalogueFilings { get; set; }

    public int Requests { get; set; }

    /// <summary>A published policy document with a linked 解读 (the document page measured).</summary>
    public int DocumentId { get; set; }

    /// <summary>The column whose list page is measured, and how many published documents it lists.</summary>
    public string ListColumn { get; set; } = "";

    public int ListColumnDocuments { get; set; }

    public string CommonWord { get; set; } = "教育";

    public string RareWord { get; set; } = "";

    public int RareWordDocuments { get; set; }

    /// <summary>A 发文字号 of a published document.</summary>
    public string DocumentNumber { get; set; } = "";

    public string TownshipSlug { get; set; } = "gaodu";

    public Dictionary<string, int> PublishedByColumn { get; set; } = [];

    public double GeneratedInSeconds { get; set; }

    public long DatabaseBytes { get; set; }
}

/// <summary>The clock the save interceptor stamps CreatedAt with; moved along with the generated history.</summary>
public sealed class GeneratorClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The generator acts as the system (like start-up seeding): county-wide, no request.</summary>
public sealed class SystemUser : ICurrentUser
{
    public bool IsAuthenticated => false;

    public string? UserId => null;

    public string UserName => "系统";

    public int? OrganisationId => null;

    public string? IpAddress => null;

    public bool IsSystem => true;

    public bool IsInRole(string role) => false;
}
