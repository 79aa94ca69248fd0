using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite security store provider.</summary>
public static class SqliteSecurityStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SqliteSecurityStoreProvider"/> as an <see cref="ISecurityStoreProvider"/> (idempotent).</summary>
    public static IServiceCollection AddSqliteSecurityStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISecurityStoreProvider, SqliteSecurityStoreProvider>());
        return services;
    }
}
