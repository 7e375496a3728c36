using Microsoft.Extensions.DependencyInjection;

namespace ZezhouDisclosure.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators. The mediator itself is generated in the host (ADR-0001).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("zh-CN");
        services.AddValidatorsFromAssemblyContaining<ApplicationAssembly>(ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<Requests.ReceiptEmails>();
        return services;
    }
}

/// <summary>Marker for assembly scanning.</summary>
public sealed class ApplicationAssembly;
