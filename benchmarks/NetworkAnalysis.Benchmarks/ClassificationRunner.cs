using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Batch classification throughput: generates datasets (once; kept in the folder) and times
/// <see cref="BatchClassifier.Classify"/> over them, reading included.
/// <c>dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- classify [--folder DIR] [--datasets 20] [--groups 100] [--scale 0.1] [--threads 2] [--repeat 3] [--detected] [--profile] [--csv FILE]</c>.
/// The defaults give 2,000 groups in about 1.2 million transactions.
/// </summary>
internal static class ClassificationRunner
{
    public static int Run(string[] args)
    {
        var folder = Arg(args, "--folder") ?? Path.Combine(Path.GetTempPath(), "netan-classify-bench");
        var datasets = int.Parse(Arg(args, "--datasets") ?? "20", CultureInfo.InvariantCulture);
        var groups = int.Parse(Arg(args, "--groups") ?? "100", CultureInfo.InvariantCulture);
        var scale = double.Parse(Arg(args, "--scale") ?? "0.1", CultureInfo.InvariantCulture);
        var threads = int.Parse(Arg(args, "--threads") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var repeat = int.Parse(Arg(args, "--repeat") ?? "3", CultureInfo.InvariantCulture);
        var selection = args.Contains("--detected") ? GroupSelection.Detected : GroupSelection.Declared;

        var clock = Stopwatch.StartNew();
        for (var d = 0; d < datasets; d++)
        {
            var path = Path.Combine(folder, $"case{d + 1:000}");
            if (!File.Exists(Path.Combine(path, DatasetFiles.Agents)))
            {
                var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = groups, Seed = d + 1, Scale = scale });
                DatasetWriter.Write(network, path);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"datasets ready in {folder} ({clock.Elapsed.TotalSeconds:0.0} s)"));
        if (args.Contains("--profile"))
        {
            // Where one thread's time goes: reading the CSV files versus classifying.
            double read = 0, classify = 0;
            foreach (var path in BatchClassifier.ExpandDatasets([folder]))
            {
                clock.Restart();
                var network = DatasetReader.Read(path, new DatasetReadOptions { MaxDegreeOfParallelism = 1 });
                read += clock.Elapsed.TotalSeconds;
                clock.Restart();
                GroupTypeReport.Build(network, new GroupTypeReportOptions { Groups = selection });
                classify += clock.Elapsed.TotalSeconds;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one thread: reading {read:0.00} s, classifying {classify:0.00} s"));
        }

        var options = new BatchOptions { Threads = threads, Report = new GroupTypeReportOptions { Groups = selection } };
        for (var r = 0; r < repeat; r++)
        {
            clock.Restart();
            var result = BatchClassifier.Classify([folder], options);
            if (Arg(args, "--csv") is { } csv && r == repeat - 1)
            {
                using var writer = new StreamWriter(csv);
                BatchOutput.WriteCsv(writer, result);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var transactions = result.Datasets.Sum(x => (long)x.Transactions);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {r + 1}: {result.Datasets.Count} datasets, {result.GroupCount} groups ({selection}), {transactions:N0} transactions, {threads} threads: {seconds:0.00} s ({transactions / seconds:N0} transactions/s), errors {result.HasErrors}"));
        }

        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
