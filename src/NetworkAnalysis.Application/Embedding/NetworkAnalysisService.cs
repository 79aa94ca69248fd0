using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Embedding;

/// <summary>
/// The library's entry point for an application that embeds it (registered by
/// <c>services.AddNetworkAnalysis(...)</c>): opens the configured case store, reads datasets, and runs
/// the usual analysis of a case (projection, ranking, communities, group types) off the caller's
/// thread, with cancellation and progress. Each step is the library's own analysis
/// (<see cref="NetworkProjection"/>, <see cref="CentralityAnalysis"/>, <see cref="CommunityAnalysis"/>,
/// <see cref="GroupTypeReport"/>), so results equal the CLI's and the service's for the same options.
/// </summary>
/// <remarks>Thread-safe and stateless apart from its options: register it as a singleton.</remarks>
public sealed class NetworkAnalysisService
{
    // Shares of the whole run given to each stage in the progress reports (measured on the scale-1
    // case: projection and classification are quick next to ranking and communities).
    private const double ProjectedAt = 0.1;
    private const double RankedAt = 0.6;
    private const double CommunitiesAt = 0.8;

    private readonly NetworkAnalysisOptions _options;
    private readonly CaseStoreOpener _opener;

    /// <summary>Creates the service; hosts get it from dependency injection instead.</summary>
    public NetworkAnalysisService(NetworkAnalysisOptions options, CaseStoreOpener opener)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(opener);
        if (options.MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be at least 1 (or null for all processors)");
        }

        _options = options;
        _opener = opener;
        Protection = new IdentityProtection(options.PseudonymKey);
    }

    /// <summary>How agents are named in results: victims, witnesses and minors by pseudonym.</summary>
    public IdentityProtection Protection { get; }

    /// <summary>Opens the configured store (<see cref="NetworkAnalysisOptions.Store"/>); the caller disposes it.</summary>
    /// <exception cref="CaseStoreUnavailableException">No storage package registered for its kind, or it cannot be opened.</exception>
    public Task<ICaseStore> OpenStoreAsync(CancellationToken cancellationToken = default) =>
        _opener.OpenAsync(_options.Store, cancellationToken);

    /// <summary>Reads and validates a dataset folder (format v1: agents.csv, transactions.csv, groups.csv), on a pool thread.</summary>
    /// <exception cref="InputFormatException">A file is missing or malformed; the message names file, line and problem.</exception>
    public Task<TransactionNetwork> ReadDatasetAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        return Task.Run(() => CaseInputs.ReadDataset(folder), cancellationToken);
    }

    /// <summary>Analyses the stored case version <paramref name="version"/> (see <see cref="AnalyzeAsync(TransactionNetwork, CaseAnalysisRequest?, IProgress{AnalysisProgress}?, CancellationToken)"/>).</summary>
    /// <exception cref="CaseNotFoundException">No such case or version.</exception>
    public async Task<CaseAnalysis> AnalyzeAsync(
        ICaseStore store,
        CaseVersionRef version,
        CaseAnalysisRequest? request = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(version);
        ProgressRange.Of(progress).Report("loading", 0);
        var network = await store.ReadNetworkAsync(version, cancellationToken).ConfigureAwait(false);
        return await AnalyzeAsync(network, request, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Projects <paramref name="network"/>, ranks its agents, detects communities and classifies its
    /// groups, on a pool thread. Deterministic: the same network and request give the same result at any
    /// <see cref="NetworkAnalysisOptions.MaxDegreeOfParallelism"/>.
    /// </summary>
    /// <param name="network">The case.</param>
    /// <param name="request">Which analyses and options; null for <see cref="CaseAnalysisRequest.Default"/>.</param>
    /// <param name="progress">Receives the stage (<c>projecting</c>, the measure's name, <c>communities</c>,
    /// <c>classifying</c>, <c>done</c>) and the fraction of the whole run done, never decreasing.</param>
    /// <param name="cancellationToken">Cancels between and inside the analyses; throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">An option is out of range (the message names it).</exception>
    /// <exception cref="AnalysisException">An iterative measure did not converge.</exception>
    public Task<CaseAnalysis> AnalyzeAsync(
        TransactionNetwork network,
        CaseAnalysisRequest? request = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        request ??= CaseAnalysisRequest.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(request.Top);
        return Task.Run(() => Analyze(network, request, progress, cancellationToken), cancellationToken);
    }

    private CaseAnalysis Analyze(TransactionNetwork network, CaseAnalysisRequest request, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        var threads = _options.MaxDegreeOfParallelism;
        var run = ProgressRange.Of(progress);
        run.Report("projecting", 0);
        var projected = NetworkProjection.Project(network, request.Projection);
        cancellationToken.ThrowIfCancellationRequested();

        // Each analysis reports its own 0-to-1 progress into its share of the run.
        var ranking = request.Ranking.MaxDegreeOfParallelism is null ? request.Ranking with { MaxDegreeOfParallelism = threads } : request.Ranking;
        var values = CentralityAnalysis.Run(projected, ranking, cancellationToken, run.Part(ProjectedAt, RankedAt));
        cancellationToken.ThrowIfCancellationRequested();
        var top = CaseAnalyzer.Rank(projected, values.NodeValues ?? new double[projected.Graph.NodeCount], request.Top, Protection);

        var communityRequest = request.Communities.MaxDegreeOfParallelism is null ? request.Communities with { MaxDegreeOfParallelism = threads } : request.Communities;
        var communities = CommunityAnalysis.Run(projected, communityRequest, cancellationToken, run.Part(RankedAt, CommunitiesAt));
        cancellationToken.ThrowIfCancellationRequested();

        run.Report("classifying", CommunitiesAt);
        var groups = GroupTypeReport.Build(network, request.Groups with { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount }, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        run.Report("done", 1);
        return new CaseAnalysis(projected, values, top, communities, groups);
    }
}
