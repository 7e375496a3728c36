using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using ZezhouDisclosure.Infrastructure.DataProtection;

namespace ZezhouDisclosure.Infrastructure.Tests.DataProtection;

/// <summary>Issue 20 item 3: the key ring is encrypted with a certificate kept outside the database.</summary>
public sealed class KeyRingProtectionTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "zd-tests", Guid.NewGuid().ToString("N"));

    public KeyRingProtectionTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("DataProtection:" + v.Key, v.Value))).Build();

    [Fact]
    public void Load_ProductionWithoutACertificate_RefusesNamingTheSetting()
    {
        var protection = KeyRingProtection.Load(Settings().GetSection("DataProtection"), Environment(Environments.Production), _directory);

        Assert.Null(protection.Current);
        var error = Assert.Throws<InvalidOperationException>(protection.ThrowIfUnavailable);
        Assert.Contains("DataProtection:CertificatePath", error.Message);
        Assert.Contains("DataProtection__CertificatePassword", error.Message);
        Assert.False(Directory.Exists(Path.Combine(_directory, "keys")));
    }

    [Fact]
    public void Load_ProductionWithAMissingFile_RefusesNamingThePath()
    {
        var path = Path.Combine(_directory, "nowhere.pfx");

        var protection = KeyRingProtection.Load(Settings(("CertificatePath", path)).GetSection("DataProtection"), Environment(Environments.Production), _directory);

        Assert.Contains(path, Assert.Throws<InvalidOperationException>(protection.ThrowIfUnavailable).Message);
    }

    [Fact]
    public void Load_WrongPassword_Refuses()
    {
        var path = Path.Combine(_directory, "kek.pfx");
        KeyRingProtection.CreateDevelopmentCertificate(path, "right-password");

        var protection = KeyRingProtection.Load(
            Settings(("CertificatePath", path), ("CertificatePassword", "wrong-password")).GetSection("DataProtection"), Environment(Environments.Production), _directory);

        Assert.Throws<InvalidOperationException>(protection.ThrowIfUnavailable);
    }

    [Fact]
    public void Load_DevelopmentWithoutACertificate_CreatesOneOwnerOnly()
    {
        var protection = KeyRingProtection.Load(Settings().GetSection("DataProtection"), Environment(Environments.Development), _directory);

        protection.ThrowIfUnavailable();
        Assert.True(protection.Current!.HasPrivateKey);
        var file = Path.Combine(_directory, "keys", "dataprotection.pfx");
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var again = KeyRingProtection.Load(Settings().GetSection("DataProtection"), Environment(Environments.Development), _directory);
        Assert.Equal(protection.Current.Thumbprint, again.Current!.Thumbprint);
    }

    [Fact]
    public void KeyRing_WrittenWithTheCertificate_HoldsNoPlaintextMasterKey()
    {
        var keys = Path.Combine(_directory, "ring");
        var certificate = Path.Combine(_directory, "kek.pfx");
        KeyRingProtection.CreateDevelopmentCertificate(certificate, "pw");
        var provider = Provider(keys, Settings(("CertificatePath", certificate), ("CertificatePassword", "pw")));

        var payload = provider.CreateProtector("test").Protect("140525199001011235");

        var xml = string.Concat(Directory.GetFiles(keys, "*.xml").Select(File.ReadAllText));
        Assert.Contains("<encryptedSecret", xml);
        Assert.DoesNotContain("<masterKey", xml);
        Assert.Equal("140525199001011235", provider.CreateProtector("test").Unprotect(payload));
    }

    [Fact]
    public void KeyRing_AfterRotation_KeysOfThePreviousCertificateStillDecrypt()
    {
        var keys = Path.Combine(_directory, "ring");
        var old = Path.Combine(_directory, "old.pfx");
        var replacement = Path.Combine(_directory, "new.pfx");
        KeyRingProtection.CreateDevelopmentCertificate(old, null);
        KeyRingProtection.CreateDevelopmentCertificate(replacement, null);
        var payload = Provider(keys, Settings(("CertificatePath", old))).CreateProtector("test").Protect("secret");

        var rotated = Provider(keys, Settings(("CertificatePath", replacement), ("PreviousCertificates:0:Path", old)));
        var withoutOld = Provider(keys, Settings(("CertificatePath", replacement)));

        Assert.Equal("secret", rotated.CreateProtector("test").Unprotect(payload));
        Assert.ThrowsAny<Exception>(() => withoutOld.CreateProtector("test").Unprotect(payload));
    }

    [Fact]
    public async Task EncryptStoredKeys_PlaintextKeyFromAnOlderRelease_IsEncryptedAndStillDecrypts()
    {
        // An older release: keys written without any key-encryption key.
        var oldRing = Path.Combine(_directory, "old-ring");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("ZezhouDisclosure.Tests").PersistKeysToFileSystem(new DirectoryInfo(oldRing));
        var payload = services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("140525199001011235");
        var plaintextXml = File.ReadAllText(Directory.GetFiles(oldRing, "*.xml").Single());
        Assert.Contains("<masterKey", plaintextXml);

        await using var database = await TestKit.Data.SqliteTestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "old", Xml = plaintextXml });
            await db.SaveChangesAsync();
        }

        var certificate = Path.Combine(_directory, "kek.pfx");
        KeyRingProtection.CreateDevelopmentCertificate(certificate, null);
        var settings = Settings(("CertificatePath", certificate));
        var protection = KeyRingProtection.Load(settings.GetSection("DataProtection"), Environment(Environments.Production), _directory);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await protection.EncryptStoredKeysAsync(db, CancellationToken.None));
            Assert.Equal(0, await protection.EncryptStoredKeysAsync(db, CancellationToken.None));
        }

        string storedXml;
        await using (var db = database.CreateContext())
        {
            storedXml = (await db.DataProtectionKeys.SingleAsync()).Xml!;
        }

        Assert.DoesNotContain("<masterKey", storedXml);
        Assert.Contains("<encryptedSecret", storedXml);
        var newRing = Path.Combine(_directory, "new-ring");
        Directory.CreateDirectory(newRing);
        File.WriteAllText(Path.Combine(newRing, "key-migrated.xml"), storedXml);
        Assert.Equal("140525199001011235", Provider(newRing, settings).CreateProtector("test").Unprotect(payload));
    }

    private IDataProtectionProvider Provider(string keys, IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        KeyRingProtection.Configure(
            services.AddDataProtection().SetApplicationName("ZezhouDisclosure.Tests").PersistKeysToFileSystem(new DirectoryInfo(keys)),
            configuration,
            Environment(Environments.Production),
            _directory);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }
}
