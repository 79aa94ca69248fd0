using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Pajek;

/// <summary>
/// Writes a Pajek <c>.net</c> file: agent ids as quoted vertex labels (<c>\</c> and <c>"</c> escaped as
/// NetworkX reads them; line breaks become spaces), then <c>*Arcs</c> (or <c>*Edges</c>) with weights.
/// Pajek carries nothing else; every other field is dropped with a warning.
/// </summary>
internal static class PajekWriter
{
    public static void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var view = new ExportView(network, options, "Pajek", Carried.TransactionWeight, OutputText.Line);
        using var output = new Utf8Output(stream);
        output.Raw("*Vertices ").Number(network.AgentCount).Raw('\n');
        for (var i = 0; i < network.AgentCount; i++)
        {
            output.Number(i + 1).Raw(' ').Text(LineTokens.Quote(view.Id(i))).Raw('\n');
        }

        output.Raw(view.Directed ? "*Arcs\n" : "*Edges\n");
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var e = 0; e < network.TransactionCount; e++)
        {
            output.Number(sources[e] + 1).Raw(' ').Number(targets[e] + 1).Raw(' ').Number(network.Transactions[e].Weight).Raw('\n');
        }

        output.Flush();
        view.CountReplaced(output.Replaced);
        view.Finish(warnings);
    }
}
