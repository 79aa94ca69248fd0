namespace NetworkAnalysis.Server.Endpoints;

/// <summary>
/// What a caller must be allowed to do to use an endpoint. Every endpoint declares one in
/// <see cref="EndpointTable"/>; the security layer maps roles to permissions (viewer: read; analyst: also
/// upload and run; supervisor: also unmask; admin: users and grants). Deny by default: an endpoint
/// without a permission fails the tests.
/// </summary>
public enum Permission
{
    /// <summary>Not declared: never valid in the table (the tests reject it).</summary>
    Undeclared,

    /// <summary>Open to anyone who can reach the port (health, readiness, API description).</summary>
    Anonymous,

    /// <summary>List the cases the caller may see.</summary>
    ListCases,

    /// <summary>Open a web session with an API key (anyone may try; failures are throttled and audited like any failed login).</summary>
    Login,

    /// <summary>Read or end the caller's own session (any authenticated user).</summary>
    OwnSession,

    /// <summary>Create a case.</summary>
    CreateCase,

    /// <summary>Read a case: versions, agents, graph, results (pseudonymised).</summary>
    ReadCase,

    /// <summary>Upload a new version.</summary>
    WriteCase,

    /// <summary>Delete a case.</summary>
    DeleteCase,

    /// <summary>Run an analysis on a case (synchronously or as a job).</summary>
    RunAnalysis,

    /// <summary>Cancel a job on a case.</summary>
    CancelJob,

    /// <summary>See real names of a case's protected agents, with a written reason, for a limited time (supervisor).</summary>
    Unmask,

    /// <summary>Add, list and revoke users and keys; grant cases (admin).</summary>
    ManageUsers,

    /// <summary>Read the audit log (admin).</summary>
    ReadAudit,
}

/// <summary>What an audit entry records a request as (used by the security layer's audit log).</summary>
public enum AuditCategory
{
    /// <summary>Touches no case data: not audited.</summary>
    None,

    /// <summary>Case metadata read (list, get, versions).</summary>
    CaseMetadata,

    /// <summary>Case data read (agents, graph, results).</summary>
    CaseData,

    /// <summary>Case created, uploaded or deleted.</summary>
    CaseChange,

    /// <summary>An analysis run or a job changed.</summary>
    Analysis,

    /// <summary>Users, keys, grants or the audit log read or changed.</summary>
    Administration,

    /// <summary>A protected identity asked for or shown.</summary>
    Unmask,

    /// <summary>A web login (successful or not) or logout.</summary>
    Session,
}

/// <summary>Whether the endpoint answers in the request or starts a job (202 with the job).</summary>
public enum EndpointMode
{
    /// <summary>Answered in the request.</summary>
    Sync,

    /// <summary>Starts a background job and answers 202.</summary>
    Job,
}
