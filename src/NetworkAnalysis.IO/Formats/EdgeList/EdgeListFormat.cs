using NetworkAnalysis.Core;
using NetworkAnalysis.IO.EdgeLists;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.EdgeList;

/// <summary>
/// Plain edge lists as a registered format: <c>edgelist</c> (<c>source target weight</c>, whitespace
/// separated) and <c>edgecsv</c> (<c>source,target,weight</c> with a header, RFC 4180 quoting).
/// Reading gives agents of kind person and transactions of kind communication carrying the weight;
/// writing gives one line per transaction and a line with the id alone for an agent with no
/// transaction. Everything else is dropped with a warning.
/// </summary>
internal sealed class EdgeListFormat(bool csv) : INetworkFormat
{
    public string Name => csv ? "edgecsv" : "edgelist";

    public IReadOnlyList<string> Extensions { get; } = csv ? [".csv"] : [".txt", ".edges", ".edgelist", ".el", ".tsv"];

    public bool CanRead => true;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = EdgeListReader.Read(stream, fileName, csv, new EdgeListReadOptions { MaxNodes = options.MaxNodes, MaxEdges = options.MaxEdges });
        var builder = new TransactionNetworkBuilder();
        foreach (var id in data.NodeIds)
        {
            builder.AddAgent(new Agent(id, AgentKind.Person));
        }

        var problems = new List<InputProblem>();
        for (var e = 0; e < data.EdgeCount; e++)
        {
            var weight = data.Weights?[e] ?? 1.0;
            if (weight <= 0)
            {
                // A transaction's weight must be positive; say which edge, not just that one is wrong.
                problems.Add(new InputProblem(fileName, null, "weight", $"edge {e + 1} ({data.NodeIds[data.Sources[e]]} -> {data.NodeIds[data.Targets[e]]}) has weight {weight}; weights must be positive"));
                if (problems.Count >= InputFormatException.MaxListedProblems)
                {
                    break;
                }

                continue;
            }

            builder.AddTransaction(new Transaction(data.NodeIds[data.Sources[e]], data.NodeIds[data.Targets[e]], TransactionKind.Communication) { Weight = weight });
        }

        if (problems.Count > 0)
        {
            throw new InputFormatException(problems, problems.Count, problems.Count >= InputFormatException.MaxListedProblems);
        }

        return new FormatReadResult(builder.Build(), true, []);
    }

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(network);
        var view = new ExportView(network, options, csv ? "CSV edge list" : "edge list", Carried.TransactionWeight, OutputText.Line);
        if (!csv)
        {
            for (var i = 0; i < network.AgentCount; i++)
            {
                var id = view.Id(i);
                if (id.Length == 0 || id.AsSpan().IndexOfAny(" \t\r\n") >= 0 || id[0] is '#' or '%')
                {
                    throw new ArgumentException($"cannot write an edge list: an agent id contains whitespace or starts with a comment sign ('{(view.IsProtected(i) ? id : ReadSession.Quote(id))}'); write a .csv edge list instead");
                }
            }
        }

        var hasEdge = new bool[network.AgentCount];
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        using var output = new Utf8Output(stream);
        var sep = csv ? ',' : ' ';
        if (csv)
        {
            output.Raw("source,target,weight\n");
        }

        for (var e = 0; e < network.TransactionCount; e++)
        {
            hasEdge[sources[e]] = hasEdge[targets[e]] = true;
            output.Text(Field(view.Id(sources[e]))).Raw(sep).Text(Field(view.Id(targets[e]))).Raw(sep).Number(network.Transactions[e].Weight).Raw('\n');
        }

        for (var i = 0; i < network.AgentCount; i++)
        {
            if (!hasEdge[i])
            {
                output.Text(Field(view.Id(i))).Raw('\n');
            }
        }

        output.Flush();
        view.CountReplaced(output.Replaced);
        view.Finish(warnings);
    }

    private string Field(string id) =>
        csv && id.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : id;
}
