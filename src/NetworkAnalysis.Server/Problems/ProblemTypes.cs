namespace NetworkAnalysis.Server.Problems;

/// <summary>
/// The stable <c>type</c> URIs of the service's RFC 9457 problem documents. Clients may switch on them;
/// they never change meaning. Each is listed in docs/service.md.
/// </summary>
public static class ProblemTypes
{
    /// <summary>The common prefix.</summary>
    public const string Prefix = "urn:netan:problem:";

    /// <summary>400: an option is unknown, of the wrong type or out of range (the field is named).</summary>
    public const string BadOption = Prefix + "bad-option";

    /// <summary>400: the request body is not what the endpoint reads (malformed JSON, wrong shape).</summary>
    public const string BadRequest = Prefix + "bad-request";

    /// <summary>404: no such case, version, agent, job or route.</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>405: the route exists but not with this method.</summary>
    public const string MethodNotAllowed = Prefix + "method-not-allowed";

    /// <summary>409: the write conflicts with what is stored (case name taken, job already finished).</summary>
    public const string Conflict = Prefix + "conflict";

    /// <summary>413: the request or an unpacked upload is larger than allowed.</summary>
    public const string TooLarge = Prefix + "too-large";

    /// <summary>415: the content type is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>422: the uploaded data is malformed or hostile (the message names file, line and problem).</summary>
    public const string BadDataset = Prefix + "bad-dataset";

    /// <summary>422: the job's memory estimate exceeds the server's budget; refused before it started.</summary>
    public const string OverBudget = Prefix + "over-memory-budget";

    /// <summary>422: the query hit its time limit.</summary>
    public const string TimeLimit = Prefix + "time-limit";

    /// <summary>503: the case store cannot be used right now.</summary>
    public const string Unavailable = Prefix + "store-unavailable";

    /// <summary>500: an unexpected failure; details are in the server log, not in the response.</summary>
    public const string Internal = Prefix + "internal";
}
