using System.Reflection;

namespace ZezhouDisclosure.Domain.Tests;

/// <summary>The dependency rule: Domain ← Application ← Infrastructure / Web (docs/architecture.md).</summary>
public class LayerRulesTests
{
    private static readonly Assembly Domain = typeof(ZezhouDisclosure.Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(ZezhouDisclosure.Application.ApplicationAssembly).Assembly;

    [Fact]
    public void Domain_References_NothingOfOursAndNoFramework()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("ZezhouDisclosure", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Mediator", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_References_DomainButNotInfrastructureWebOrADatabaseProvider()
    {
        var references = Application.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("ZezhouDisclosure.Domain", references);
        Assert.DoesNotContain(references, r => r is "ZezhouDisclosure.Infrastructure" or "ZezhouDisclosure.Web");
        Assert.DoesNotContain(references, r => r.StartsWith("ZezhouDisclosure.Migrations", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r is "Microsoft.EntityFrameworkCore.Sqlite" or "Microsoft.EntityFrameworkCore.SqlServer" or "Npgsql.EntityFrameworkCore.PostgreSQL");
    }

    [Fact]
    public void Domain_Types_DoNotMentionOtherLayersInTheirSignatures()
    {
        var leaking = Domain.GetTypes()
            .SelectMany(t => t.GetProperties().Select(p => p.PropertyType).Concat(t.GetMethods().Select(m => m.ReturnType)))
            .Where(t => t.Namespace?.StartsWith("ZezhouDisclosure.", StringComparison.Ordinal) == true
                && !t.Namespace.StartsWith("ZezhouDisclosure.Domain", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(leaking);
    }
}
