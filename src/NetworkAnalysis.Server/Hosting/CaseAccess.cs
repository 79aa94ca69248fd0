using System.Collections.Concurrent;
using System.Globalization;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Hosting;

/// <summary>
/// The service's way into the case store: resolves <c>latest</c> to a version number, and keeps the last few
/// versions' networks loaded (versions are immutable, so a cached network never goes stale) so small
/// queries do not re-read a case. Thread-safe.
/// </summary>
public sealed class CaseAccess(ICaseStore store, ServerOptions options)
{
    private readonly ConcurrentDictionary<CaseVersionRef, Lazy<Task<TransactionNetwork>>> _networks = new();
    private readonly ConcurrentQueue<CaseVersionRef> _order = new();

    /// <summary>The store.</summary>
    public ICaseStore Store { get; } = store;

    /// <summary>How ids leave the process: pseudonyms for victims, witnesses and minors (key from <c>NETAN_PSEUDONYM_KEY</c>).</summary>
    public IdentityProtection Protection { get; } = new();

    /// <summary>The exact version meant by <paramref name="version"/> (<c>latest</c> or a number). 404 when the case or version does not exist.</summary>
    public async Task<CaseVersionRef> ResolveAsync(string caseName, string version, CancellationToken cancellationToken)
    {
        var info = await Store.FindCaseAsync(caseName, cancellationToken).ConfigureAwait(false)
            ?? throw ProblemException.NotFound($"no case '{caseName}'");
        if (version == "latest")
        {
            return info.LatestVersion > 0
                ? new CaseVersionRef(info.Name, info.LatestVersion)
                : throw ProblemException.NotFound($"case '{caseName}' has no version yet");
        }

        return int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= info.LatestVersion
            ? new CaseVersionRef(info.Name, number)
            : throw ProblemException.NotFound($"case '{caseName}' has no version '{version}'");
    }

    /// <summary>The network of an exact version, loaded once and kept among the last <see cref="ServerOptions.CachedVersions"/>.</summary>
    public Task<TransactionNetwork> NetworkAsync(CaseVersionRef exact, CancellationToken cancellationToken)
    {
        var entry = _networks.GetOrAdd(exact, key =>
        {
            _order.Enqueue(key);
            return new Lazy<Task<TransactionNetwork>>(() => Store.ReadNetworkAsync(key, CancellationToken.None));
        });
        while (_order.Count > Math.Max(1, options.CachedVersions) && _order.TryDequeue(out var old))
        {
            _networks.TryRemove(old, out _);
        }

        var task = entry.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            _networks.TryRemove(exact, out _);
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>The display function for an exact version.</summary>
    public async Task<AgentDisplay> DisplayAsync(CaseVersionRef exact, CancellationToken cancellationToken) =>
        new(await NetworkAsync(exact, cancellationToken).ConfigureAwait(false), Protection) { Name = exact.ToString() };

    /// <summary>Forgets a deleted case's cached versions.</summary>
    public void Forget(string caseName)
    {
        foreach (var key in _networks.Keys.Where(k => k.Case == caseName))
        {
            _networks.TryRemove(key, out _);
        }
    }
}
