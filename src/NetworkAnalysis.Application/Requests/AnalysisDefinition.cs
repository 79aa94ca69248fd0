using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Results;

namespace NetworkAnalysis.Application.Requests;

/// <summary>How a host should run an analysis.</summary>
public enum AnalysisExecution
{
    /// <summary>Small query (bounded by its options): answered in the request.</summary>
    Synchronous,

    /// <summary>May take longer than a second: run as a background job.</summary>
    Job,
}

/// <summary>Runs one analysis of the catalogue.</summary>
/// <param name="display">The case and how its agents are shown.</param>
/// <param name="options">The validated options.</param>
/// <param name="cancellationToken">Cancels the run.</param>
/// <param name="progress">Receives the run's progress (stage and fraction done, never decreasing); optional.</param>
/// <returns>The output.</returns>
public delegate AnalysisOutput AnalysisRunner(AgentDisplay display, OptionValues options, CancellationToken cancellationToken,
    IProgress<AnalysisProgress>? progress = null);

/// <summary>
/// One analysis as hosts offer it: its name (the CLI command), options with the CLI's names and defaults,
/// how it runs, a memory estimate, and the call that produces its output. Defined once in
/// <see cref="AnalysisCatalog"/>; the service maps one endpoint per definition.
/// </summary>
/// <param name="Name">The CLI command name (<c>brokers</c>, <c>ego</c>, ...).</param>
/// <param name="Summary">One sentence for the documentation.</param>
/// <param name="Options">The accepted options.</param>
/// <param name="Execution">Synchronous or a job.</param>
/// <param name="Run">Produces the output from the case (ids displayed through the <see cref="AgentDisplay"/>), reporting progress to an optional sink.</param>
public sealed record AnalysisDefinition(
    string Name,
    string Summary,
    IReadOnlyList<OptionSpec> Options,
    AnalysisExecution Execution,
    AnalysisRunner Run)
{
    /// <summary>Working memory per agent beyond the loaded case, in bytes (the analysis' own arrays).</summary>
    public long BytesPerAgent { get; init; } = 200;

    /// <summary>Working memory per transaction beyond the loaded case, in bytes.</summary>
    public long BytesPerTransaction { get; init; } = 100;

    /// <summary>
    /// The memory a run is expected to need, before it starts: the loaded case (about 600 bytes per agent and
    /// 400 per transaction, measured on the generated cases) plus the analysis' own arrays. An upper-bound
    /// estimate used to refuse runs a server cannot afford; O(1).
    /// </summary>
    public long EstimateBytes(int agents, int transactions) =>
        (600 + BytesPerAgent) * (long)agents + (400 + BytesPerTransaction) * (long)transactions;
}
