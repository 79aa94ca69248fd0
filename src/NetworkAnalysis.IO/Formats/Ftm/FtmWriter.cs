using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Ftm;

/// <summary>
/// Writes a network as FollowTheMoney JSON lines that FtM tools load (<c>ftm validate</c>, Aleph,
/// <c>followthemoney</c> in Python): agents first, then transactions and ties, one entity per line.
/// Every property written exists in the entity's schema; what FtM has no property for (our kinds,
/// sphere, functions, groups, sensitivity, route, weight, extra attributes and analysis results) goes
/// into the schema's <c>notes</c> (things) or <c>summary</c> (intervals) as <c>netan:key=value</c> lines,
/// which <see cref="FtmReader"/> reads back.
/// </summary>
internal static class FtmWriter
{
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var view = new ExportView(network, options, "FollowTheMoney", Carried.AllButGroups | Carried.Ties, OutputText.Unicode);
        var model = FtmModel.Default;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < network.AgentCount; i++)
        {
            used.Add(view.Id(i));
        }

        using var json = new Utf8JsonWriter(stream, _options);
        var entity = new EntityBuilder(view);
        for (var i = 0; i < network.AgentCount; i++)
        {
            var agent = network.Agents[i];
            var attributes = view.Attributes(i);
            var schema = ChosenSchema(model, attributes, FtmRole.Agent, FtmMapping.AgentSchema(agent.Kind));
            entity.Start(view.Id(i), schema);
            if (view.Name(i) is { } name)
            {
                entity.Value("name", name);
            }

            if (agent.Country is { } country)
            {
                entity.Value("country", country.ToLowerInvariant());
            }

            entity.Note("kind", DomainWords.Format(agent.Kind));
            entity.Note("sphere", DomainWords.Format(agent.Sphere));
            entity.Note("functions", ExportView.Functions(agent));
            entity.Note("groups", ExportView.Groups(agent));
            entity.Note("sensitivity", view.Sensitivity(i));
            entity.Attributes(attributes);
            entity.WriteTo(json, stream);
        }

        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var e = 0; e < network.TransactionCount; e++)
        {
            var t = network.Transactions[e];
            var schema = ChosenSchema(model, t.Attributes, FtmRole.Transaction, FtmMapping.TransactionSchema(t.Kind));
            var map = FtmMapping.Map(schema);
            StartLink(entity, used, t.Id, "tx", e, schema);
            entity.Value(map.SourceProperty!, view.Id(sources[e]));
            entity.Value(map.TargetProperty!, view.Id(targets[e]));
            entity.Note("kind", DomainWords.Format(t.Kind));
            entity.Field("date", "time", t.Time is { } time ? FieldText.Time(time) : null);
            entity.Field("amount", "amount", t.Amount is { } amount ? FieldText.Number(amount) : null);
            entity.Field("currency", "currency", t.Currency);
            entity.Note("country", t.Country);
            entity.Note("route", ExportView.Route(t));
            entity.Note("persons", t.Persons is { } persons ? FieldText.Number(persons) : null);
            entity.Note("weight", t.Weight == 1.0 ? null : FieldText.Number(t.Weight));
            entity.Attributes(t.Attributes);
            entity.WriteTo(json, stream);
        }

        var tieSources = network.TieSources;
        var tieTargets = network.TieTargets;
        for (var e = 0; e < network.TieCount; e++)
        {
            var tie = network.Ties[e];
            var schema = ChosenSchema(model, tie.Attributes, FtmRole.Tie, FtmMapping.TieSchema(tie.Kind));
            var map = FtmMapping.Map(schema);
            StartLink(entity, used, tie.Id, "tie", e, schema);
            entity.Value(map.SourceProperty!, view.Id(tieSources[e]));
            entity.Value(map.TargetProperty!, view.Id(tieTargets[e]));
            entity.Note("kind", DomainWords.Format(tie.Kind));
            entity.Field("startDate", "start", tie.Start is { } start ? FieldText.Time(start) : null);
            entity.Field("endDate", "end", tie.End is { } end ? FieldText.Time(end) : null);
            entity.Attributes(tie.Attributes);
            entity.WriteTo(json, stream);
        }

        view.Finish(warnings);
    }

    // FtM needs an id on every entity, unique across the file; ours are optional and unique per list.
    // When the record's id cannot serve, a new one is made and the real one (or none) goes into a note.
    private static void StartLink(EntityBuilder entity, HashSet<string> used, string? id, string prefix, int index, FtmSchema schema)
    {
        if (id is not null && used.Add(entity.View.Clean(id)))
        {
            entity.Start(entity.View.Clean(id), schema);
            return;
        }

        var made = $"netan-{prefix}-{index + 1}";
        while (!used.Add(made))
        {
            made += "x";
        }

        entity.Start(made, schema);
        entity.Note("id", id ?? string.Empty, always: true);
    }

    // The schema the record was read from, when it maps to the same role; otherwise the writer's choice.
    private static FtmSchema ChosenSchema(FtmModel model, IReadOnlyDictionary<string, string> attributes, FtmRole role, string fallback)
    {
        if (attributes.TryGetValue(FtmReader.SchemaAttribute, out var name) && model.Find(name) is { IsAbstract: false } schema && FtmMapping.Map(schema).Role == role)
        {
            return schema;
        }

        return model.Get(fallback);
    }

    /// <summary>Collects one entity's properties in order, then writes it as one line.</summary>
    private sealed class EntityBuilder(ExportView view)
    {
        private readonly List<(string Name, List<string> Values)> _properties = [];
        private readonly List<(string Name, List<string> Values)> _topLevel = [];
        private string _id = string.Empty;
        private FtmSchema? _schema;
        private string _notes = "notes";

        public ExportView View => view;

        public void Start(string id, FtmSchema schema)
        {
            _id = id;
            _schema = schema;
            _notes = schema.Properties.Contains("notes") ? "notes" : "summary";
            _properties.Clear();
            _topLevel.Clear();
        }

        public void Value(string property, string value) => Add(_properties, property, view.Clean(value));

        /// <summary>A field of ours: the FtM property when the schema has it, a note otherwise.</summary>
        public void Field(string property, string noteKey, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (_schema!.Properties.Contains(property))
            {
                Value(property, value);
            }
            else
            {
                Note(noteKey, value);
            }
        }

        public void Note(string key, string? value, bool always = false)
        {
            if (value is not null && (value.Length > 0 || always))
            {
                Value(_notes, FtmEntity.NotePrefix + key + "=" + value);
            }
        }

        /// <summary>
        /// <c>ftm:PROP</c> / <c>ftm:PROP#n</c> attributes become property values (when the schema has the
        /// property), <c>ftm:@KEY</c> top-level keys, anything else a note.
        /// </summary>
        public void Attributes(IReadOnlyDictionary<string, string> attributes)
        {
            foreach (var (name, value) in attributes)
            {
                if (name == FtmReader.SchemaAttribute)
                {
                    continue;
                }

                if (name.StartsWith(FtmReader.TopLevelPrefix, StringComparison.Ordinal))
                {
                    Add(_topLevel, PropertyOf(name[FtmReader.TopLevelPrefix.Length..]), view.Clean(value));
                    continue;
                }

                if (name.StartsWith(FtmReader.AttributePrefix, StringComparison.Ordinal))
                {
                    var property = PropertyOf(name[FtmReader.AttributePrefix.Length..]);
                    if (_schema!.Properties.Contains(property))
                    {
                        Value(property, value);
                        continue;
                    }
                }

                Note("attr:" + name, value);
            }
        }

        public void WriteTo(Utf8JsonWriter json, Stream stream)
        {
            json.Reset(stream);
            json.WriteStartObject();
            json.WriteString("id", _id);
            json.WriteString("schema", _schema!.Name);
            json.WriteStartObject("properties");
            foreach (var (name, values) in _properties)
            {
                WriteList(json, name, values);
            }

            json.WriteEndObject();
            foreach (var (name, values) in _topLevel)
            {
                if (name is not ("id" or "schema" or "properties"))
                {
                    WriteList(json, name, values);
                }
            }

            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }

        private static void WriteList(Utf8JsonWriter json, string name, List<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        // "name#3" is the third value of "name"; values keep the order they are met in.
        private static string PropertyOf(string attribute)
        {
            var hash = attribute.LastIndexOf('#');
            return hash > 0 && int.TryParse(attribute.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? attribute[..hash]
                : attribute;
        }

        private static void Add(List<(string Name, List<string> Values)> list, string name, string value)
        {
            foreach (var (n, values) in list)
            {
                if (n == name)
                {
                    values.Add(value);
                    return;
                }
            }

            list.Add((name, [value]));
        }
    }
}
