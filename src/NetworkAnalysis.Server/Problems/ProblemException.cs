namespace NetworkAnalysis.Server.Problems;

/// <summary>A failure the service answers with a problem document of the given status and type.</summary>
public sealed class ProblemException(int status, string type, string title, string detail, string? field = null) : Exception(detail)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The stable type URI (see <see cref="ProblemTypes"/>).</summary>
    public string Type { get; } = type;

    /// <summary>The short, fixed title of the type.</summary>
    public string Title { get; } = title;

    /// <summary>The request field at fault, or null.</summary>
    public string? Field { get; } = field;

    /// <summary>404 for something that does not exist.</summary>
    public static ProblemException NotFound(string detail) => new(404, ProblemTypes.NotFound, "Not found", detail);

    /// <summary>400 for a malformed request body.</summary>
    public static ProblemException BadRequest(string detail, string? field = null) => new(400, ProblemTypes.BadRequest, "Bad request", detail, field);

    /// <summary>413 for a body over its limit.</summary>
    public static ProblemException TooLarge(string detail) => new(413, ProblemTypes.TooLarge, "Request too large", detail);

    /// <summary>415 for a content type the endpoint does not read.</summary>
    public static ProblemException Unsupported(string detail) => new(415, ProblemTypes.UnsupportedMediaType, "Unsupported media type", detail);

    /// <summary>422 for hostile or malformed uploaded data.</summary>
    public static ProblemException BadDataset(string detail) => new(422, ProblemTypes.BadDataset, "Bad dataset", detail);
}
