namespace NetworkAnalysis.Application.Storage;

/// <summary>A stored case.</summary>
/// <param name="Id">Stable numeric id, unchanged by renames.</param>
/// <param name="Name">Unique name.</param>
/// <param name="Description">Free text.</param>
/// <param name="Classification">Classification level.</param>
/// <param name="Owner">Owner's user name.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="LatestVersion">The latest version number, or 0 when nothing was imported yet.</param>
public sealed record CaseInfo(long Id, string Name, string Description, string Classification, string Owner, DateTimeOffset CreatedAt, int LatestVersion);
