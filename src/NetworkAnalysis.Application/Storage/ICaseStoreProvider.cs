namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// Opens one kind of case store (SQLite, PostgreSQL, ...). Each storage project supplies one; hosts
/// hand them to <see cref="CaseStoreOpener"/>, which picks by <see cref="CaseStoreLocation.Kind"/>.
/// </summary>
public interface ICaseStoreProvider
{
    /// <summary>The <see cref="CaseStoreLocation.Kind"/> this provider opens (<c>sqlite</c>, <c>postgres</c>).</summary>
    string Kind { get; }

    /// <summary>Opens (creating or upgrading the schema when needed) the store at <paramref name="location"/>.</summary>
    /// <exception cref="CaseStoreUnavailableException">The store cannot be opened; the message is one line.</exception>
    Task<ICaseStore> OpenAsync(CaseStoreLocation location, CancellationToken cancellationToken = default);
}
