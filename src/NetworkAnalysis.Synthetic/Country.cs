namespace NetworkAnalysis.Synthetic;

/// <summary>A country the generator knows: its currency, a rough exchange rate and the name pool of its people.</summary>
/// <param name="Code">ISO 3166-1 alpha-2.</param>
/// <param name="Currency">ISO 4217 code of the local currency.</param>
/// <param name="PerEuro">Approximate units of <paramref name="Currency"/> per euro (for plausible local amounts, not for accounting).</param>
/// <param name="Names">The <see cref="NameBook"/> region whose names its residents get.</param>
/// <param name="City">A city, for business and consulate names.</param>
/// <param name="Destination">True for countries migrants and victims are brought to (where exploitation and visas happen).</param>
internal sealed record Country(string Code, string Currency, double PerEuro, NameRegion Names, string City, bool Destination);
