using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite case store provider.</summary>
public static class SqliteCaseStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SqliteCaseStoreProvider"/> as an <see cref="ICaseStoreProvider"/> (idempotent).</summary>
    public static IServiceCollection AddSqliteCaseStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICaseStoreProvider, SqliteCaseStoreProvider>());
        return services;
    }
}
