using System.Collections.Frozen;
using System.Text.Json;

namespace NetworkAnalysis.IO.Formats.Ftm;

/// <summary>
/// The FollowTheMoney schema model (the embedded <c>defaultModel.json</c>, MIT; see Model/SOURCE.md):
/// every schema with its parents, its properties (own and inherited) and, for relationship schemata,
/// the <c>edge</c> definition. Loaded once; immutable and thread-safe.
/// </summary>
internal sealed class FtmModel
{
    private static readonly Lazy<FtmModel> _default = new(Load);

    private readonly FrozenDictionary<string, FtmSchema> _schemata;

    private FtmModel(FrozenDictionary<string, FtmSchema> schemata) => _schemata = schemata;

    /// <summary>The embedded model.</summary>
    public static FtmModel Default => _default.Value;

    /// <summary>Every schema, by name.</summary>
    public IEnumerable<FtmSchema> Schemata => _schemata.Values;

    /// <summary>The schema named <paramref name="name"/> (case-sensitive, as FtM writes it), or null.</summary>
    public FtmSchema? Find(string name) => _schemata.GetValueOrDefault(name);

    /// <summary>The schema named <paramref name="name"/>; the model must have it.</summary>
    public FtmSchema Get(string name) => _schemata[name];

    private static FtmModel Load()
    {
        using var stream = typeof(FtmModel).Assembly.GetManifestResourceStream("NetworkAnalysis.IO.Ftm.defaultModel.json")
            ?? throw new InvalidOperationException("the FollowTheMoney model is not embedded in NetworkAnalysis.IO");
        using var document = JsonDocument.Parse(stream);
        var raw = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var schema in document.RootElement.GetProperty("schemata").EnumerateObject())
        {
            raw.Add(schema.Name, schema.Value);
        }

        var built = new Dictionary<string, FtmSchema>(StringComparer.Ordinal);
        foreach (var name in raw.Keys)
        {
            Build(name, raw, built);
        }

        return new FtmModel(built.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // Parents first, so each schema's ancestors and inherited properties are a union of finished sets.
    private static FtmSchema Build(string name, Dictionary<string, JsonElement> raw, Dictionary<string, FtmSchema> built)
    {
        if (built.TryGetValue(name, out var done))
        {
            return done;
        }

        var element = raw[name];
        var ancestors = new HashSet<string>(StringComparer.Ordinal) { name };
        var properties = new HashSet<string>(StringComparer.Ordinal);
        if (element.TryGetProperty("extends", out var extends))
        {
            foreach (var parent in extends.EnumerateArray())
            {
                var p = Build(parent.GetString()!, raw, built);
                ancestors.UnionWith(p.Ancestors);
                properties.UnionWith(p.Properties);
            }
        }

        if (element.TryGetProperty("properties", out var own))
        {
            foreach (var property in own.EnumerateObject())
            {
                properties.Add(property.Name);
            }
        }

        FtmEdge? edge = null;
        if (element.TryGetProperty("edge", out var e))
        {
            edge = new FtmEdge(
                e.GetProperty("source").GetString()!,
                e.GetProperty("target").GetString()!,
                e.TryGetProperty("directed", out var directed) && directed.GetBoolean());
        }

        var isAbstract = element.TryGetProperty("abstract", out var a) && a.GetBoolean();
        var schema = new FtmSchema(name, isAbstract, edge, ancestors.ToFrozenSet(StringComparer.Ordinal), properties.ToFrozenSet(StringComparer.Ordinal));
        built.Add(name, schema);
        return schema;
    }
}

/// <summary>The <c>edge</c> definition of a relationship schema: the properties naming its two ends.</summary>
/// <param name="Source">The property holding the source entity id (e.g. <c>owner</c>).</param>
/// <param name="Target">The property holding the target entity id (e.g. <c>asset</c>).</param>
/// <param name="Directed">Whether FtM reads the edge one way only.</param>
internal sealed record FtmEdge(string Source, string Target, bool Directed);

/// <summary>One FtM schema.</summary>
/// <param name="Name">The schema name (<c>Person</c>, <c>Ownership</c>, ...).</param>
/// <param name="IsAbstract">True for schemata no entity may have (<c>Thing</c>, <c>Interval</c>, ...).</param>
/// <param name="Edge">The edge definition of a relationship schema, or null.</param>
/// <param name="Ancestors">The schema itself and every schema it extends, transitively.</param>
/// <param name="Properties">Its property names, own and inherited.</param>
internal sealed record FtmSchema(string Name, bool IsAbstract, FtmEdge? Edge, FrozenSet<string> Ancestors, FrozenSet<string> Properties)
{
    /// <summary>True when this schema is <paramref name="schema"/> or extends it.</summary>
    public bool IsA(string schema) => Ancestors.Contains(schema);
}
