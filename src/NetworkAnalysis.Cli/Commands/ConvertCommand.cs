using System.CommandLine;
using NetworkAnalysis.Application.Inputs;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan convert &lt;in&gt; &lt;out&gt; [--from FMT] [--to FMT]</c>: move a network between analysts' tools.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("in") { Description = "Input: a dataset folder or a file (format from the extension unless --from)." };
        var output = new Argument<string>("out") { Description = "Output file (format from the extension unless --to), or a folder for --to dataset / i2." };
        var from = new Option<string?>("--from") { Description = "Input format: dataset, graphml, gexf, graphology, cytoscape, pajek, ucinet, edgelist, edgecsv, ftm, apoc (APOC GraphML: graphml)." };
        var to = new Option<string?>("--to") { Description = "Output format: dataset, graphml, gexf, graphology, cytoscape, pajek, i2, edgelist, edgecsv, ftm, neo4j, apoc." };
        var reveal = CommonOptions.RevealIdentities();
        var lenient = new Option<bool>("--lenient") { Description = "FollowTheMoney / APOC input: count and skip entities of unknown schemata and links to missing entities instead of failing." };
        var command = new Command("convert", """
            Convert a network between formats (GraphML, GEXF 1.3, graphology/Cytoscape JSON, Pajek, UCINET DL
            (read), i2 Analyst's Notebook import CSV (write), edge lists, dataset folders, FollowTheMoney
            JSON lines, Neo4j import CSV + Cypher (write), Neo4j APOC JSON). What the output
            format cannot carry is listed as a warning. Victims, witnesses and minors are pseudonymised
            unless --reveal-identities. Nothing is written on failure.
            Example: netan convert samples/operation-mare-nostrum case.graphml
            """)
        {
            input, output, from, to, reveal, lenient,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var source = parse.GetValue(input)!;
            var store = StoreOptions.OpenFor(parse, source, ct);
            IReadOnlyList<string> warnings;
            try
            {
                warnings = NetworkConversion.Convert(source, parse.GetValue(output)!, parse.GetValue(from), parse.GetValue(to), CommonOptions.Protection(parse.GetValue(reveal)), parse.GetValue(lenient), store);
            }
            finally
            {
                StoreOptions.Close(store);
            }

            foreach (var warning in warnings)
            {
                Console.Error.WriteLine("netan: warning: " + warning);
            }

            Console.Error.WriteLine($"netan: wrote {parse.GetValue(output)}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
