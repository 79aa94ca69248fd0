using System.CommandLine;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Cli.Output;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>
/// The input argument and options shared by the commands that analyse any graph (<c>centrality</c>,
/// <c>communities</c>, <c>structure</c>): how to read it, where the table goes, identity protection,
/// threads and timings.
/// </summary>
internal sealed class GraphCommandOptions
{
    public Argument<string> Input { get; } = new("input")
    {
        Description = "A dataset folder, an edge list (source target [weight]), a .csv with header source,target[,weight], or a stored case case:NAME[@VERSION].",
    };

    public Option<bool> Undirected { get; } = CommonOptions.Undirected();

    public Option<Application.Results.ResultFormat> Format { get; } = CommonOptions.Format();

    public Option<string?> Out { get; } = CommonOptions.OutFile();

    public Option<int?> Threads { get; } = CommonOptions.Threads();

    public Option<bool> Reveal { get; } = CommonOptions.RevealIdentities();

    public Option<string> Weight { get; } = CommonOptions.Weight();

    public Option<bool> Timing { get; } = new("--timing")
    {
        Description = "Print the time of each phase to stderr (load, build, compute).",
    };

    public Option<bool> Progress { get; } = CommonOptions.Progress();

    public Option<int?> MaxMemory { get; } = CostGuard.MaxMemory();

    public Option<int?> MaxSeconds { get; } = CostGuard.MaxSeconds();

    public void AddTo(Command command)
    {
        command.Options.Add(MaxMemory);
        command.Options.Add(MaxSeconds);
        command.Arguments.Add(Input);
        command.Options.Add(Undirected);
        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(Threads);
        command.Options.Add(Reveal);
        command.Options.Add(Timing);
        command.Options.Add(Weight);
        command.Options.Add(Progress);
    }

    /// <summary>Runs the analysis with progress on stderr when it is a terminal or <c>--progress</c> is given.</summary>
    public T Tracked<T>(ParseResult parse, Func<IProgress<Application.Progress.AnalysisProgress>?, T> analysis) =>
        AnalysisProgressPrinter.Track(parse.GetValue(Progress), analysis);

    /// <summary>Loads the input (reporting load and build times to stderr when <c>--timing</c> is set) and refuses the analysis when its estimated cost is above the limits.</summary>
    public ProjectedGraph Load(ParseResult parse, ProjectionOptions? projection = null, CancellationToken cancellationToken = default)
    {
        var timing = parse.GetValue(Timing);
        var options = new GraphLoadOptions
        {
            Undirected = parse.GetValue(Undirected),
            Projection = (projection ?? ProjectionOptions.Default) with { Aggregation = CommonOptions.Aggregation(parse.GetValue(Weight)) },
        };
        var input = parse.GetValue(Input)!;
        var store = StoreOptions.OpenFor(parse, input, cancellationToken);
        ProjectedGraph graph;
        try
        {
            graph = GraphInputs.Load(input, options, timing ? ReportPhase : null, store);
        }
        finally
        {
            StoreOptions.Close(store);
        }

        CostGuard.Check(parse, graph.Graph.NodeCount, graph.Graph.EdgeCount);
        return graph;
    }

    public static void ReportPhase(string phase, TimeSpan elapsed) =>
        Console.Error.WriteLine($"{phase}: {elapsed.TotalMilliseconds:0} ms");
}
