using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.Storage.Postgres;
using NetworkAnalysis.Storage.Sqlite;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// The case-store benchmark, one phase per process so that farm-bench can time each and read its peak memory:
/// <c>store import FOLDER STORE</c> (reads the folder, then times only the import into a fresh case),
/// <c>store project STORE</c> (projects the case <c>bench</c> to a CsrGraph),
/// <c>store csv FOLDER</c> (reads the folder and projects it: the yardstick),
/// <c>store open STORE</c> (opens the store and does nothing: the memory floor).
/// STORE is a SQLite file or a postgres:// URL. Each prints its own phase times and the projection's
/// CSR + id bytes (the memory budget's unit) to stderr.
/// </summary>
internal static class StoreRunner
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: store import FOLDER STORE | project STORE | csv FOLDER | open STORE");
            return 2;
        }

        return args[0] switch
        {
            "import" => Import(args[1], args[2]).GetAwaiter().GetResult(),
            "project" => Project(args[1]).GetAwaiter().GetResult(),
            "csv" => Csv(args[1]),
            "open" => Open(args[1]).GetAwaiter().GetResult(),
            _ => 2,
        };
    }

    private static async Task<ICaseStore> OpenStore(string spec)
    {
        var location = CaseStoreLocation.Resolve(spec);
        return location.Kind == CaseStoreLocation.Postgres
            ? await PostgresCaseStore.OpenAsync(location.Target)
            : await SqliteCaseStore.OpenAsync(location.Target);
    }

    private static async Task<int> Import(string folder, string spec)
    {
        var clock = Stopwatch.StartNew();
        var network = DatasetReader.Read(folder);
        var read = clock.Elapsed;
        await using var store = await OpenStore(spec);
        await store.DeleteCaseAsync("bench");
        await store.CreateCaseAsync(new NewCase("bench", "benchmark", string.Empty, "bench"));
        clock.Restart();
        var info = await store.ImportAsync("bench", network, new ImportRequest(ImportMode.Replace, "bench", ["agents.csv", "transactions.csv", "groups.csv"]));
        Report($"read_csv_s={read.TotalSeconds:0.000} import_s={clock.Elapsed.TotalSeconds:0.000} agents={info.Agents} transactions={info.Transactions}");
        return 0;
    }

    private static async Task<int> Project(string spec)
    {
        await using var store = await OpenStore(spec);
        var clock = Stopwatch.StartNew();
        var projected = await store.ProjectAsync(new CaseVersionRef("bench"), ProjectionOptions.Default);
        Report($"project_s={clock.Elapsed.TotalSeconds:0.000} {Budget(projected)}");
        return 0;
    }

    private static int Csv(string folder)
    {
        var clock = Stopwatch.StartNew();
        var network = DatasetReader.Read(folder);
        var read = clock.Elapsed;
        clock.Restart();
        var projected = NetworkProjection.Project(network);
        Report($"read_csv_s={read.TotalSeconds:0.000} project_s={clock.Elapsed.TotalSeconds:0.000} {Budget(projected)}");
        return 0;
    }

    private static async Task<int> Open(string spec)
    {
        await using var store = await OpenStore(spec);
        _ = await store.ListCasesAsync();
        Report("opened");
        return 0;
    }

    // The budget's unit: the CSR arrays plus the id strings (UTF-16 chars + per-string overhead).
    private static string Budget(ProjectedGraph projected)
    {
        var ids = 0L;
        foreach (var id in projected.Ids)
        {
            ids += 22 + (2L * id.Length);
        }

        var csr = projected.Graph.EstimatedBytes();
        return $"nodes={projected.Graph.NodeCount} edges={projected.Graph.EdgeCount} csr_mb={csr / 1e6:0.0} ids_mb={ids / 1e6:0.0} ws_mb={Environment.WorkingSet / 1e6:0.0}";
    }

    private static void Report(string line) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {line}"));
}
