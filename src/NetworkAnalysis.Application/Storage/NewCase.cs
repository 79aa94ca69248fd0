namespace NetworkAnalysis.Application.Storage;

/// <summary>What a new case is created with.</summary>
/// <param name="Name">Unique name: 1–100 characters, no control characters, no <c>@</c> (it separates the version in <c>case@3</c>), no surrounding white space.</param>
/// <param name="Description">Free text, may be empty.</param>
/// <param name="Classification">Classification level, e.g. <c>OFFICIAL-SENSITIVE</c>; free text, may be empty.</param>
/// <param name="Owner">Who owns the case (user name).</param>
public sealed record NewCase(string Name, string Description, string Classification, string Owner);
