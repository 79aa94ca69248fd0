using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>Opens <see cref="CaseStoreLocation.Postgres"/> locations as <see cref="PostgresCaseStore"/>s.</summary>
public sealed class PostgresCaseStoreProvider : ICaseStoreProvider
{
    /// <inheritdoc />
    public string Kind => CaseStoreLocation.Postgres;

    /// <inheritdoc />
    public async Task<ICaseStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return await PostgresCaseStore.OpenAsync(location.Target, cancellationToken).ConfigureAwait(false);
    }
}
