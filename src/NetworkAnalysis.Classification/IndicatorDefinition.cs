namespace NetworkAnalysis.Classification;

/// <summary>What a group indicator measures.</summary>
/// <param name="Name">The indicator's name (see <see cref="IndicatorNames"/>).</param>
/// <param name="Unit">The unit its value is counted in (<c>agents</c>, <c>countries</c>, <c>ratio</c>, ...).</param>
/// <param name="Definition">How it is computed from the network.</param>
/// <param name="DomainSource">The sentence of the domain description (DOMAIN.md, after the UN working paper) it comes from.</param>
public sealed record IndicatorDefinition(string Name, string Unit, string Definition, string DomainSource);
