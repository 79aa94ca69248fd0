using System.CommandLine;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Cli.Output;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>
/// The input argument and options shared by the case analysis commands (<c>functions</c>, <c>brokers</c>,
/// <c>upperworld</c>, <c>keyplayers</c>, <c>disrupt</c>, <c>ego</c>, <c>paths</c>, <c>trace</c>, <c>cycles</c>):
/// a dataset folder or any graph file, the output table, and identity protection.
/// </summary>
internal sealed class CaseCommandOptions
{
    public Argument<string> Input { get; } = new("input")
    {
        Description = "A dataset folder, a graph file (GraphML, GEXF, JSON, Pajek, UCINET, edge list or edge .csv), or a stored case case:NAME[@VERSION].",
    };

    public Option<string?> InputFormat { get; } = new("--input-format")
    {
        Description = "Format of <input> when its extension does not tell: dataset, graphml, gexf, graphology, cytoscape, pajek, ucinet, edgelist, edgecsv.",
    };

    public Option<ResultFormat> Format { get; } = CommonOptions.Format();

    public Option<string?> Out { get; } = CommonOptions.OutFile();

    public Option<bool> Reveal { get; } = CommonOptions.RevealIdentities();

    public Option<bool> Progress { get; } = CommonOptions.Progress();

    public Option<int?> MaxMemory { get; } = CostGuard.MaxMemory();

    public Option<int?> MaxSeconds { get; } = CostGuard.MaxSeconds();

    public void AddTo(Command command)
    {
        command.Options.Add(MaxMemory);
        command.Options.Add(MaxSeconds);
        command.Arguments.Add(Input);
        command.Options.Add(InputFormat);
        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(Reveal);
    }

    /// <summary>Adds <c>--progress</c> (for the commands whose analysis can take long).</summary>
    public void AddProgressTo(Command command) => command.Options.Add(Progress);

    /// <summary>Runs the analysis with progress on stderr when it is a terminal or <c>--progress</c> is given.</summary>
    public T Tracked<T>(ParseResult parse, Func<IProgress<Application.Progress.AnalysisProgress>?, T> analysis) =>
        AnalysisProgressPrinter.Track(parse.GetValue(Progress), analysis);

    /// <summary>Reads the network, prints the reader's warnings to stderr and refuses the analysis when its estimated cost is above the limits.</summary>
    public AgentDisplay Load(ParseResult parse)
    {
        var input = parse.GetValue(Input)!;
        var store = StoreOptions.OpenFor(parse, input, CancellationToken.None);
        (Core.TransactionNetwork network, bool _, IReadOnlyList<string> warnings) read;
        try
        {
            read = CaseInputs.ReadNetwork(input, parse.GetValue(InputFormat), store: store);
        }
        finally
        {
            StoreOptions.Close(store);
        }

        var (network, _, warnings) = read;
        foreach (var warning in warnings)
        {
            Console.Error.WriteLine("netan: warning: " + warning);
        }

        CostGuard.Check(parse, network.AgentCount, network.TransactionCount);
        return new AgentDisplay(network, CommonOptions.Protection(parse.GetValue(Reveal)));
    }

    /// <summary>Writes a table to stdout or <c>--out</c> in the chosen format.</summary>
    public void Write(ParseResult parse, ResultTable table)
    {
        var format = parse.GetValue(Format);
        OutputTarget.Write(parse.GetValue(Out), w => ResultTableWriter.Write(w, format, table));
    }
}
