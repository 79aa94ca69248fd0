using NetworkAnalysis.Application.Classification;
using static NetworkAnalysis.Application.Requests.OptionSpecs;

namespace NetworkAnalysis.Application.Requests;

/// <summary>Group typing of <see cref="AnalysisCatalog"/>: <c>netan classify</c> on one stored case version.</summary>
internal static class ClassificationAnalyses
{
    private static readonly Dictionary<string, GroupSelection> Selections = new(StringComparer.Ordinal)
    {
        ["auto"] = GroupSelection.Auto,
        ["declared"] = GroupSelection.Declared,
        ["detected"] = GroupSelection.Detected,
    };

    /// <summary>
    /// Each group labelled small_enterprise or transnational (or uncertain) with the probability of transnational and
    /// its reasons: the CLI's <c>classify --format json</c> document for one dataset, named <c>case@version</c>. The
    /// service uses the shipped model (a model file on the server's disk is not an API option).
    /// </summary>
    public static AnalysisDefinition Classify { get; } = new(
        "classify",
        "Group typing: each group small_enterprise, transnational or uncertain, with the probability of transnational and the reasons (the CLI's classify --format json).",
        [
            Choice("groups", "auto", "Which groups: auto (declared when the case declares any, else detected), declared, or detected (community detection on the underworld).", [.. Selections.Keys]),
            Text("uncertain", "Probabilities of transnational reported as 'uncertain' instead of a label: LOW,HIGH, or none.") with { Default = "0.4,0.6" },
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            progress?.Report(new Progress.AnalysisProgress("classify", 0));
            var options = new GroupTypeReportOptions
            {
                Groups = Selections[o.Text("groups")!],
                Uncertain = Band(o.Text("uncertain")!),
                MaxDegreeOfParallelism = Environment.ProcessorCount,
            };
            var rows = GroupTypeReport.Build(display.Network, options, ct);
            progress?.Report(new Progress.AnalysisProgress("classify", 1));
            var result = new BatchResult([new DatasetClassification(display.Name, rows, null) { Agents = display.Network.AgentCount, Transactions = display.Network.TransactionCount }]);
            using var buffer = new MemoryStream();
            BatchOutput.WriteJson(buffer, result);
            return new DocumentOutput(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        })
    { BytesPerAgent = 2_000, BytesPerTransaction = 200 };

    private static UncertainBand Band(string text)
    {
        try
        {
            return UncertainBand.Parse(text);
        }
        catch (FormatException e)
        {
            throw new Options.OptionException("uncertain", e.Message);
        }
    }
}
