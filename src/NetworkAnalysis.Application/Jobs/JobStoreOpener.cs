using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Application.Jobs;

/// <summary>Opens the job store of a case store location (<c>--store</c>), picking the provider by kind.</summary>
/// <param name="providers">The registered providers.</param>
public sealed class JobStoreOpener(IEnumerable<IJobStoreProvider> providers)
{
    /// <summary>Opens the job store of <paramref name="spec"/> (null: <c>NETAN_STORE</c> or the default file).</summary>
    /// <exception cref="CaseStoreUnavailableException">No provider for the location's kind, or it cannot be opened.</exception>
    public Task<IJobStore> OpenAsync(string? spec, CancellationToken cancellationToken = default)
    {
        var location = CaseStoreLocation.Resolve(spec);
        var provider = providers.FirstOrDefault(p => p.Kind == location.Kind)
            ?? throw new CaseStoreUnavailableException($"background jobs are not available for a '{location.Kind}' store in this build");
        return provider.OpenAsync(location, cancellationToken);
    }
}
