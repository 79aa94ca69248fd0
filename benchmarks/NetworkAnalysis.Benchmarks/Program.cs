using BenchmarkDotNet.Running;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- bdn [BenchmarkDotNet args]</c>
/// runs the BenchmarkDotNet suites; other first arguments select the side-by-side runners registered in
/// <see cref="Runners"/>.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "bdn")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
            return 0;
        }

        if (args.Length > 0 && Runners.All.TryGetValue(args[0], out var runner))
        {
            return runner(args[1..]);
        }

        Console.Error.WriteLine("usage: NetworkAnalysis.Benchmarks bdn [BenchmarkDotNet args] | <runner> [args]");
        Console.Error.WriteLine("runners: " + string.Join(", ", Runners.All.Keys));
        return 2;
    }
}
