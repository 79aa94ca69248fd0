using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkAnalysis.Application.Embedding;
using NetworkAnalysis.Application.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the library for an application that embeds it.</summary>
public static class NetworkAnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="NetworkAnalysisService"/>, its <see cref="NetworkAnalysisOptions"/> and the
    /// <see cref="CaseStoreOpener"/> over every registered <see cref="ICaseStoreProvider"/> (singletons).
    /// Add a storage package too (<c>AddSqliteCaseStore()</c>, <c>AddPostgresCaseStore()</c>) to open a store.
    /// Idempotent: a second call adds nothing, and the first call's options stay.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options (store, pseudonym key, threads); null keeps the defaults.</param>
    public static IServiceCollection AddNetworkAnalysis(this IServiceCollection services, Action<NetworkAnalysisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new NetworkAnalysisOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<CaseStoreOpener>();
        services.TryAddSingleton<NetworkAnalysisService>();
        return services;
    }
}
