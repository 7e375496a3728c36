using System.Text.Json;
using System.Xml.Linq;

namespace ZezhouDisclosure.Infrastructure.Tests.Build;

/// <summary>
/// A newcomer's first <c>dotnet run</c> is warning-free: NuGet restore logged nothing for any project (no NU1603
/// "asked for X, resolved Y", no vulnerability or downgrade warning), and no restore warning is let through the
/// warnings-as-errors build by name.
/// </summary>
public class PackageRestoreTests
{
    [Fact]
    public void Restore_EveryProject_LogsNoWarning()
    {
        var root = RepositoryRoot();
        var assets = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "project.assets.json", SearchOption.AllDirectories))
            .ToList();
        Assert.Contains(assets, path => path.Contains("ZezhouDisclosure.Infrastructure" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        var logged = assets.SelectMany(path =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return json.RootElement.TryGetProperty("logs", out var logs)
                ? logs.EnumerateArray().Select(log => $"{Path.GetRelativePath(root, path)}: {log.GetProperty("code").GetString()} {log.GetProperty("message").GetString()}").ToList()
                : [];
        }).ToList();

        Assert.True(logged.Count == 0, "Restore logged:\n" + string.Join("\n", logged));
    }

    [Fact]
    public void BuildProps_RestoreWarnings_AreNotExemptFromWarningsAsErrors()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot(), "Directory.Build.props"));
        var exempt = props.Descendants()
            .Where(e => e.Name.LocalName is "WarningsNotAsErrors" or "NoWarn")
            .Select(e => e.Value)
            .Where(value => value.Contains("NU1", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Empty(exempt);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ZezhouDisclosure.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
