// An application embedding NetworkAnalysis through its NuGet packages: a hosted service loads a case
// (a dataset folder imported into a SQLite case store), then projects it, ranks agents, detects
// communities and classifies groups, with progress and cancellation (Ctrl+C, or --timeout).
//
//   dotnet run                                        # the repository's sample case
//   dotnet run -- path/to/dataset                     # any dataset folder (format v1)
//   dotnet run -- path/to/dataset --store cases.db --timeout 60
using Embedding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var settings = SampleSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine("usage: Embedding [dataset-folder] [--store FILE.db] [--timeout SECONDS]");
    return 2;
}

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services
    .AddNetworkAnalysis(options =>
    {
        options.Store = settings.Store;
        options.MaxDegreeOfParallelism = 2;
    })
    .AddSqliteCaseStore()
    .AddSingleton(settings)
    .AddHostedService<CaseAnalysisWorker>();

using var host = builder.Build();
await host.RunAsync();
return Environment.ExitCode;
