using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Application.Jobs;
using static NetworkAnalysis.Server.Endpoints.AuditCategory;
using static NetworkAnalysis.Server.Endpoints.Permission;

namespace NetworkAnalysis.Server.Endpoints;

/// <summary>
/// Every endpoint of the service, one row each (see <see cref="EndpointRow"/>). The mapping, the OpenAPI
/// document and the tests are generated from this table; an endpoint that is not here does not exist.
/// </summary>
public static class EndpointTable
{
    /// <summary>The API's route prefix.</summary>
    public const string Api = "/api/v1";

    private const string Version = Api + "/cases/{caseName}/versions/{version}";

    /// <summary>All rows: fixed endpoints, then one per analysis of <see cref="AnalysisCatalog"/>.</summary>
    public static IReadOnlyList<EndpointRow> Rows { get; } =
    [
        new("live", "GET", "/health/live", Anonymous, None, EndpointMode.Sync, "Liveness: the process answers.", HealthEndpoints.Live) { Tag = "health" },
        new("ready", "GET", "/health/ready", Anonymous, None, EndpointMode.Sync, "Readiness: the case store answers.", HealthEndpoints.Ready) { Tag = "health" },
        new("listCases", "GET", Api + "/cases", ListCases, CaseMetadata, EndpointMode.Sync, "The cases, by name.", CaseEndpoints.List) { Produces = typeof(CaseInfo[]) },
        new("createCase", "POST", Api + "/cases", CreateCase, CaseChange, EndpointMode.Sync, "Create an empty case: {\"name\", \"description\", \"classification\"}.", CaseEndpoints.Create) { Produces = typeof(CaseInfo), SuccessStatus = 201 },
        new("getCase", "GET", Api + "/cases/{caseName}", ReadCase, CaseMetadata, EndpointMode.Sync, "One case.", CaseEndpoints.Get) { Produces = typeof(CaseInfo) },
        new("deleteCase", "DELETE", Api + "/cases/{caseName}", DeleteCase, CaseChange, EndpointMode.Sync, "Delete a case with every version, row and job result.", CaseEndpoints.Delete) { SuccessStatus = 204 },
        new("uploadVersion", "POST", Api + "/cases/{caseName}/versions", WriteCase, CaseChange, EndpointMode.Sync, "Upload a new version: multipart v1 CSV files, a zip of them, or one file netan reads (?mode=replace|append).", CaseEndpoints.Upload) { Produces = typeof(CaseVersionInfo), SuccessStatus = 201 },
        new("listVersions", "GET", Api + "/cases/{caseName}/versions", ReadCase, CaseMetadata, EndpointMode.Sync, "The versions of a case, oldest first.", CaseEndpoints.Versions) { Produces = typeof(CaseVersionInfo[]) },
        new("getVersion", "GET", Version, ReadCase, CaseMetadata, EndpointMode.Sync, "Counts and time span of a version ('latest' or a number).", CaseEndpoints.Version) { Produces = typeof(CaseSummary) },
        new("searchAgents", "GET", Version + "/agents", ReadCase, CaseData, EndpointMode.Sync, "Search agents (q, prefix, kind, sphere, group, sort, offset, limit), one page.", AgentEndpoints.Search) { Tag = "agents" },
        new("getAgent", "GET", Version + "/agents/{agentId}", ReadCase, CaseData, EndpointMode.Sync, "One agent with its transactions and groups.", AgentEndpoints.Get) { Tag = "agents" },
        new("getGraph", "GET", Version + "/graph", ReadCase, CaseData, EndpointMode.Sync, "The projected graph as column arrays (filters: transaction-kinds, kinds, spheres, groups, from, to, undirected; measures).", GraphEndpoints.Get) { Tag = "graph", Produces = typeof(GraphColumns) },
        new("getTimeline", "GET", Version + "/timeline", ReadCase, CaseData, EndpointMode.Sync, "Transactions over time in equal buckets (buckets, default 60; transaction-kinds), for a time filter's histogram.", GraphEndpoints.Timeline) { Tag = "graph", Produces = typeof(TransactionTimeline) },
        new("listJobs", "GET", Version + "/jobs", ReadCase, CaseMetadata, EndpointMode.Sync, "The jobs run on a version, newest first.", JobEndpoints.ListForVersion) { Tag = "jobs", Produces = typeof(JobRecord[]) },
        new("getJob", "GET", Api + "/jobs/{jobId}", ReadCase, CaseMetadata, EndpointMode.Sync, "A job's state, stage, progress and times.", JobEndpoints.Get) { Tag = "jobs", Produces = typeof(JobRecord) },
        new("cancelJob", "DELETE", Api + "/jobs/{jobId}", CancelJob, AuditCategory.Analysis, EndpointMode.Sync, "Cancel a queued or running job.", JobEndpoints.Cancel) { Tag = "jobs", Produces = typeof(JobRecord), SuccessStatus = 202 },
        new("getJobResult", "GET", Api + "/jobs/{jobId}/result", ReadCase, CaseData, EndpointMode.Sync, "A finished job's result (the CLI's JSON in 'result').", JobEndpoints.Result) { Tag = "jobs" },
        .. AnalysisCatalog.All.Select(AnalysisRow),
        .. Security.SecurityEndpoints.Rows,
    ];

    private static EndpointRow AnalysisRow(AnalysisDefinition analysis) =>
        new(
            "run" + char.ToUpperInvariant(analysis.Name[0]) + analysis.Name[1..],
            "POST",
            Version + "/analyses/" + analysis.Name,
            RunAnalysis,
            AuditCategory.Analysis,
            analysis.Execution == AnalysisExecution.Job ? EndpointMode.Job : EndpointMode.Sync,
            analysis.Summary,
            AnalysisEndpoints.Handler(analysis))
        {
            Analysis = analysis,
            Tag = "analyses",
            Produces = analysis.Execution == AnalysisExecution.Job ? typeof(JobRecord) : null,
            SuccessStatus = analysis.Execution == AnalysisExecution.Job ? 202 : 200,
        };
}
