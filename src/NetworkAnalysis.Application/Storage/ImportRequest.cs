namespace NetworkAnalysis.Application.Storage;

/// <summary>Who imports what, recorded with the new version.</summary>
/// <param name="Mode">Replace or append.</param>
/// <param name="ImportedBy">User name of the importer.</param>
/// <param name="SourceFiles">The file names the data came from (names only, for the record).</param>
public sealed record ImportRequest(ImportMode Mode, string ImportedBy, IReadOnlyList<string> SourceFiles);
