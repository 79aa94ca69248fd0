using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Storage.Postgres;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL security store provider.</summary>
public static class PostgresSecurityStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PostgresSecurityStoreProvider"/> as an <see cref="ISecurityStoreProvider"/> (idempotent).</summary>
    public static IServiceCollection AddPostgresSecurityStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISecurityStoreProvider, PostgresSecurityStoreProvider>());
        return services;
    }
}
