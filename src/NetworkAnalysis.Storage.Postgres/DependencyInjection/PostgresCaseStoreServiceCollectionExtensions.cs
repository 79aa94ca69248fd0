using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Storage.Postgres;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL case store provider.</summary>
public static class PostgresCaseStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PostgresCaseStoreProvider"/> as an <see cref="ICaseStoreProvider"/> (idempotent).</summary>
    public static IServiceCollection AddPostgresCaseStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICaseStoreProvider, PostgresCaseStoreProvider>());
        return services;
    }
}
