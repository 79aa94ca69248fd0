using System.Globalization;
using Microsoft.Extensions.Hosting;
using NetworkAnalysis.Application.Embedding;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace Embedding;

/// <summary>
/// The hosted service: imports the dataset as a new version of case "sample" in the store, analyses that
/// version, prints what it found, and stops the host. Ctrl+C (the host's stopping token) or --timeout
/// cancels the analysis; the import is all or nothing, so a cancelled run leaves the store as it was.
/// </summary>
internal sealed class CaseAnalysisWorker(NetworkAnalysisService analysis, SampleSettings settings, IHostApplicationLifetime lifetime) : BackgroundService
{
    private const string CaseName = "sample";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timeout = settings.Timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await RunAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            Environment.ExitCode = 130;
        }
        catch (Exception ex) when (ex is InputFormatException or CaseStoreUnavailableException or CaseConflictException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // 1. Load the case: read the dataset folder and import it into the SQLite store as a new version.
        var network = await analysis.ReadDatasetAsync(settings.Dataset, cancellationToken);
        await using var store = await analysis.OpenStoreAsync(cancellationToken);
        if (await store.FindCaseAsync(CaseName, cancellationToken) is null)
        {
            await store.CreateCaseAsync(new NewCase(CaseName, "Embedding sample", "unclassified", Environment.UserName), cancellationToken);
        }

        var version = await store.ImportAsync(CaseName, network, new ImportRequest(ImportMode.Replace, Environment.UserName, [settings.Dataset]), cancellationToken);
        Console.WriteLine($"case {CaseName}@{version.Version} in {store.Description}: {network.AgentCount} agents, {network.TransactionCount} transactions, {network.GroupCount} groups");

        // 2-5. Project the stored version, rank agents, detect communities, classify groups.
        var progress = new ConsoleProgress();
        var result = await analysis.AnalyzeAsync(store, new CaseVersionRef(CaseName, version.Version), CaseAnalysisRequest.Default, progress, cancellationToken);

        Console.WriteLine();
        Console.WriteLine($"graph: {result.Graph.Graph.NodeCount} nodes, {result.Graph.Graph.EdgeCount} edges");
        Console.WriteLine($"top agents by {result.Ranking.Measure}:");
        foreach (var agent in result.TopAgents)
        {
            Console.WriteLine($"  {agent.Id,-20} {agent.Kind,-9} {agent.Value.ToString("F4", CultureInfo.InvariantCulture)}");
        }

        var modularity = result.Communities.Modularity?.ToString("F3", CultureInfo.InvariantCulture) ?? "n/a";
        Console.WriteLine($"communities: {result.Communities.CommunityCount} (modularity {modularity})");
        Console.WriteLine("groups:");
        foreach (var group in result.Groups)
        {
            Console.WriteLine($"  {group.GroupId,-12} {group.ReportedType,-17} p(transnational)={group.Score.ToString("F2", CultureInfo.InvariantCulture)} members={group.Members}");
        }
    }

    /// <summary>Prints each stage once, with the fraction of the run done.</summary>
    private sealed class ConsoleProgress : IProgress<AnalysisProgress>
    {
        private string? _stage;

        public void Report(AnalysisProgress value)
        {
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                Console.WriteLine($"progress: {value.Stage} {value.Fraction.ToString("P0", CultureInfo.InvariantCulture)}");
            }
        }
    }
}
