namespace NetworkAnalysis.Synthetic;

/// <summary>The name pools of <see cref="NameBook"/>, one per language area.</summary>
internal enum NameRegion
{
    Arabic,
    Persian,
    SouthAsian,
    Turkish,
    Balkan,
    Greek,
    Italian,
    Iberian,
    French,
    German,
    English,
    WestAfrican,
    HornOfAfrica,
    Maghreb,
    Vietnamese,
    Chinese,
    EastEuropean,
    Hispanic,
    SoutheastAsian,
}
