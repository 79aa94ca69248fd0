namespace NetworkAnalysis.Synthetic;

/// <summary>
/// A known migration corridor: the countries in order, how each leg is crossed, the going smuggling fee
/// for the whole corridor, and which kind of exploitation it feeds when used for trafficking.
/// </summary>
/// <param name="Stops">ISO codes from origin to destination.</param>
/// <param name="Legs">The mode of each leg (one fewer than <paramref name="Stops"/>).</param>
/// <param name="Fee">The typical fee for the whole corridor, in <paramref name="FeeCurrency"/>.</param>
/// <param name="FeeCurrency">The currency fees are usually quoted and paid in (often USD through hawala).</param>
/// <param name="Trafficking">True when trafficking into exploitation is common on it.</param>
/// <param name="Exploitation">The usual exploitation at the end (sexual, labour, domestic, ...), for employers' sectors.</param>
/// <param name="Nationalities">Where the people moved come from, when not only from the first stop (corridors that start at a hub).</param>
internal sealed record Corridor(string[] Stops, LegMode[] Legs, decimal Fee, string FeeCurrency, bool Trafficking, ExploitationForm Exploitation, string[]? Nationalities = null)
{
    /// <summary>The nationalities of the people moved on the corridor.</summary>
    public string[] People => Nationalities ?? [Stops[0]];
}
