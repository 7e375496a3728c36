using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace ZezhouDisclosure.Infrastructure.DataProtection;

/// <summary>
/// The key-encryption key of the Data Protection key ring (issue 20 item 3). The key ring lives in the database (so
/// every node shares it); its keys are encrypted there with the public key of a certificate kept OUTSIDE the database,
/// in a PFX file named by <c>DataProtection:CertificatePath</c> (password <c>DataProtection:CertificatePassword</c>,
/// best given as the environment variables <c>DataProtection__CertificatePath</c>/<c>__CertificatePassword</c>).
/// A database backup alone therefore reveals neither the ID numbers and contact details it holds nor a way to forge a
/// staff cookie. Retired certificates listed in <c>DataProtection:PreviousCertificates</c> still decrypt the keys
/// they protected (rotation, deploy/README.md).
/// <para>
/// Development and Testing create a certificate on first run (<c>{DataDirectory}/keys/dataprotection.pfx</c>) when
/// none is configured; every other environment must be given one and refuses to start without it.
/// </para>
/// </summary>
public sealed class KeyRingProtection
{
    public const string SectionName = "DataProtection";

    private const string DataProtectionNamespace = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = XName.Get("requiresEncryption", DataProtectionNamespace);
    private static readonly XName EncryptedSecret = XName.Get("encryptedSecret", DataProtectionNamespace);

    private KeyRingProtection(X509Certificate2? current, IReadOnlyList<X509Certificate2> all, string? problem)
    {
        Current = current;
        All = all;
        Problem = problem;
    }

    /// <summary>The certificate new keys are encrypted with (null when <see cref="Problem"/> says why).</summary>
    public X509Certificate2? Current { get; }

    /// <summary>The current and the previous certificates: any of them may decrypt a stored key.</summary>
    public IReadOnlyList<X509Certificate2> All { get; }

    /// <summary>Why the portal must not start (a missing or unreadable certificate), or null.</summary>
    public string? Problem { get; }

    /// <summary>Throws with the explanation when the key ring cannot be protected.</summary>
    public void ThrowIfUnavailable()
    {
        if (Problem is not null)
        {
            throw new InvalidOperationException(Problem);
        }
    }

    /// <summary>
    /// Persists the key ring in the database, encrypted with the certificate. A missing certificate does not throw
    /// here (design-time tools build the host without one) but at start-up (<see cref="ThrowIfUnavailable"/>).
    /// </summary>
    public static IDataProtectionBuilder Configure(IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment, string dataDirectory)
    {
        var protection = Load(configuration.GetSection(SectionName), environment, dataDirectory);
        builder.Services.AddSingleton(protection);
        if (protection.Current is { } current)
        {
            builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. protection.All]);
        }
        else
        {
            // Whatever runs without a certificate (a command-line task) must never write a key in plaintext.
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new RefusingXmlEncryptor(protection.Problem!));
        }

        return builder;
    }

    public static KeyRingProtection Load(IConfiguration section, IHostEnvironment environment, string dataDirectory)
    {
        var path = section["CertificatePath"];
        var password = section["CertificatePassword"];
        var mayCreate = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        if (string.IsNullOrWhiteSpace(path))
        {
            if (!mayCreate)
            {
                return Refused(
                    "Data Protection: no key-encryption certificate is configured. Set DataProtection:CertificatePath " +
                    "(environment variable DataProtection__CertificatePath) to a PFX file outside the database and " +
                    "DataProtection__CertificatePassword to its password; see deploy/README.md, \"Keys\". " +
                    "未配置数据保护密钥加密证书，门户拒绝启动。");
            }

            path = Path.Combine(dataDirectory, "keys", "dataprotection.pfx");
            if (!File.Exists(path))
            {
                CreateDevelopmentCertificate(path, password);
            }
        }

        path = Path.GetFullPath(path, dataDirectory);
        if (!File.Exists(path))
        {
            return Refused($"Data Protection: the key-encryption certificate {path} (DataProtection:CertificatePath) does not exist. " +
                "数据保护密钥加密证书文件不存在，门户拒绝启动。");
        }

        var certificates = new List<X509Certificate2>();
        try
        {
            certificates.Add(Open(path, password));
            foreach (var previous in section.GetSection("PreviousCertificates").GetChildren())
            {
                var previousPath = previous["Path"];
                if (!string.IsNullOrWhiteSpace(previousPath))
                {
                    certificates.Add(Open(Path.GetFullPath(previousPath, dataDirectory), previous["Password"]));
                }
            }
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return Refused($"Data Protection: a key-encryption certificate could not be opened ({e.Message}). Check the " +
                "path, the password and that it holds a private key. 数据保护密钥加密证书无法打开，门户拒绝启动。");
        }

        if (!certificates[0].HasPrivateKey)
        {
            return Refused($"Data Protection: the certificate {path} has no private key. 证书缺少私钥，门户拒绝启动。");
        }

        return new KeyRingProtection(certificates[0], certificates, null);
    }

    /// <summary>
    /// Encrypts, with the current certificate, every secret of a stored key that an older release wrote in plaintext
    /// (the elements Data Protection marks <c>requiresEncryption</c>), the way the key manager itself writes new keys.
    /// Run at start-up, so that after an upgrade no backup holds a usable key. Returns how many keys were changed.
    /// </summary>
    public async Task<int> EncryptStoredKeysAsync<TContext>(TContext db, CancellationToken cancellationToken)
        where TContext : DbContext, IDataProtectionKeyContext
    {
        ThrowIfUnavailable();
        var encryptor = new CertificateXmlEncryptor(Current!, NullLoggerFactory.Instance);
        var changed = 0;
        foreach (var key in await db.DataProtectionKeys.ToListAsync(cancellationToken))
        {
            if (key.Xml is null)
            {
                continue;
            }

            var xml = XElement.Parse(key.Xml);
            var plaintext = xml.DescendantsAndSelf().Where(e => (bool?)e.Attribute(RequiresEncryption) == true).ToList();
            foreach (var element in plaintext)
            {
                var encrypted = encryptor.Encrypt(new XElement(element));
                element.ReplaceWith(new XElement(
                    EncryptedSecret,
                    new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!),
                    encrypted.EncryptedElement));
            }

            if (plaintext.Count > 0)
            {
                key.Xml = xml.ToString(SaveOptions.DisableFormatting);
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>A self-signed RSA certificate for a development or test data directory (owner-only file).</summary>
    public static void CreateDevelopmentCertificate(string path, string? password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ZezhouDisclosure Data Protection (development)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        var bytes = certificate.Export(X509ContentType.Pfx, password);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another process created it first; use theirs
        }
    }

    private static X509Certificate2 Open(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.DefaultKeySet);

    private static KeyRingProtection Refused(string problem) => new(null, [], problem);

    private sealed class RefusingXmlEncryptor(string problem) : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement) => throw new InvalidOperationException(problem);
    }
}
