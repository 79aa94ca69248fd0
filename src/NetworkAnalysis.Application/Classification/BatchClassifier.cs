using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.Application.Classification;

/// <summary>
/// Classifies every group of every dataset given (<c>netan classify</c>). A broken dataset is reported
/// in its result and the batch goes on. The output order is the input order whatever the thread count.
/// </summary>
public static class BatchClassifier
{
    /// <summary>
    /// The dataset folders named by <paramref name="paths"/>: a folder holding <c>agents.csv</c> is a
    /// dataset; any other folder stands for its sub-folders that hold one, in ordinal name order.
    /// A stored case (<c>case:NAME[@VERSION]</c>) and a path that is neither are kept as they are (reading
    /// the latter reports the error).
    /// </summary>
    public static IReadOnlyList<string> ExpandDatasets(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new List<string>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (!Directory.Exists(path) || File.Exists(Path.Combine(path, DatasetFiles.Agents)))
            {
                result.Add(path);
                continue;
            }

            var children = Directory.GetDirectories(path)
                .Where(d => File.Exists(Path.Combine(d, DatasetFiles.Agents)))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (children.Count == 0)
            {
                result.Add(path); // reading it reports "no agents.csv"
            }
            else
            {
                result.AddRange(children);
            }
        }

        return result;
    }

    /// <summary>Classifies the groups of every dataset in <paramref name="paths"/> (expanded by <see cref="ExpandDatasets"/>).</summary>
    /// <param name="paths">Dataset folders, folders of dataset folders, or stored cases <c>case:NAME[@VERSION]</c> (read from <see cref="BatchOptions.Store"/>).</param>
    /// <param name="options">Model, group selection, threads; default <see cref="BatchOptions.Default"/>.</param>
    /// <param name="progress">Told after each dataset, from worker threads.</param>
    /// <param name="cancellationToken">Stops the batch (throws <see cref="OperationCanceledException"/>).</param>
    public static BatchResult Classify(
        IEnumerable<string> paths,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= BatchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        var datasets = ExpandDatasets(paths);
        var results = new DatasetClassification[datasets.Count];
        var completed = 0;
        var innerThreads = datasets.Count == 1 ? options.Threads : 1;
        var report = options.Report with { MaxDegreeOfParallelism = innerThreads };

        void Run(int i)
        {
            var result = ClassifyOne(datasets[i], report, innerThreads, options.Store, cancellationToken);
            results[i] = result;
            var done = Interlocked.Increment(ref completed);
            progress?.Report(new BatchProgress(done, datasets.Count, datasets[i], result.Failed, result.Groups.Count));
        }

        if (options.Threads == 1 || datasets.Count < 2)
        {
            for (var i = 0; i < datasets.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(i);
            }
        }
        else
        {
            Parallel.For(0, datasets.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken }, Run);
        }

        return new BatchResult(results);
    }

    private static DatasetClassification ClassifyOne(string path, GroupTypeReportOptions report, int threads, ICaseStore? store, CancellationToken cancellationToken)
    {
        TransactionNetwork network;
        try
        {
            network = CaseInputs.IsStoredCase(path) ? CaseInputs.ReadNetwork(path, store: store).Network
                : threads == 1 ? ReadSequential(path)
                : CaseInputs.ReadDataset(path);
        }
        catch (Exception e) when (e is CaseNotFoundException or CaseStoreUnavailableException)
        {
            return new DatasetClassification(path, [], e.Message);
        }
        catch (InputFormatException e)
        {
            return new DatasetClassification(path, [], Describe(e));
        }
        catch (IOException e)
        {
            return new DatasetClassification(path, [], e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return new DatasetClassification(path, [], e.Message);
        }

        var rows = GroupTypeReport.Build(network, report, cancellationToken);
        return new DatasetClassification(path, rows, null) { Agents = network.AgentCount, Transactions = network.TransactionCount };
    }

    // Datasets already run in parallel: keep each reader on its own thread.
    private static TransactionNetwork ReadSequential(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new InputFormatException(new InputProblem(path, null, null, "no such dataset folder"));
        }

        return DatasetReader.Read(path, new DatasetReadOptions { MaxDegreeOfParallelism = 1 });
    }

    private static string Describe(InputFormatException e)
    {
        var first = e.Problems.Take(3).Select(p => p.ToString());
        var more = e.TotalProblems > 3 ? $" (and {e.TotalProblems - 3} more)" : string.Empty;
        return string.Join("; ", first) + more;
    }
}
