namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// Turns a store spec (<c>--store</c> value, <c>NETAN_STORE</c>, or nothing for the default) into an open
/// <see cref="ICaseStore"/>, using the providers the host registered. The CLI and the server both open
/// stores through this one class.
/// </summary>
public sealed class CaseStoreOpener
{
    private readonly Dictionary<string, ICaseStoreProvider> _providers = new(StringComparer.Ordinal);

    /// <summary>Creates an opener over <paramref name="providers"/> (one per kind; later ones win).</summary>
    public CaseStoreOpener(IEnumerable<ICaseStoreProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        foreach (var provider in providers)
        {
            _providers[provider.Kind] = provider;
        }
    }

    /// <summary>Opens the store named by <paramref name="spec"/> (see <see cref="CaseStoreLocation.Resolve"/>).</summary>
    /// <exception cref="CaseStoreUnavailableException">No provider for its kind, or it cannot be opened.</exception>
    public Task<ICaseStore> OpenAsync(string? spec, CancellationToken cancellationToken = default) =>
        OpenAsync(CaseStoreLocation.Resolve(spec), cancellationToken);

    /// <summary>Opens the store at <paramref name="location"/>.</summary>
    /// <exception cref="CaseStoreUnavailableException">No provider for its kind, or it cannot be opened.</exception>
    public Task<ICaseStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        return _providers.TryGetValue(location.Kind, out var provider)
            ? provider.OpenAsync(location, cancellationToken)
            : throw new CaseStoreUnavailableException($"this program has no {location.Kind} store support (store {location})");
    }
}
