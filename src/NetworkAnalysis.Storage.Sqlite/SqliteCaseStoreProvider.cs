using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>Opens <see cref="CaseStoreLocation.Sqlite"/> locations as <see cref="SqliteCaseStore"/>s.</summary>
public sealed class SqliteCaseStoreProvider : ICaseStoreProvider
{
    /// <inheritdoc />
    public string Kind => CaseStoreLocation.Sqlite;

    /// <inheritdoc />
    public async Task<ICaseStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return await SqliteCaseStore.OpenAsync(location.Target, cancellationToken).ConfigureAwait(false);
    }
}
