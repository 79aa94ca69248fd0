using System.Text.Json;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Ftm;

/// <summary>
/// One FtM entity as read from a line: id, schema name, properties (each a list of string values, in file
/// order) and the <c>netan:</c> notes our writer leaves in <c>notes</c> or <c>summary</c>.
/// </summary>
internal sealed class FtmEntity
{
    /// <summary>The prefix of the notes our writer adds (<c>netan:kind=bribe</c>).</summary>
    public const string NotePrefix = "netan:";

    private FtmEntity(string id, string schema, long line)
    {
        Id = id;
        Schema = schema;
        Line = line;
    }

    public string Id { get; }

    public string Schema { get; }

    public long Line { get; }

    /// <summary>The properties in file order (names unique).</summary>
    public List<(string Name, List<string> Values)> Properties { get; } = [];

    /// <summary>Top-level keys other than id, schema and properties (<c>datasets</c>, <c>first_seen</c>, ...), as text.</summary>
    public List<(string Name, List<string> Values)> TopLevel { get; } = [];

    /// <summary>The <c>netan:</c> notes, key (after the prefix) and value.</summary>
    public List<(string Key, string Value)> Notes { get; } = [];

    /// <summary>The values of <paramref name="name"/>, or an empty list.</summary>
    public List<string> Values(string name)
    {
        foreach (var (n, values) in Properties)
        {
            if (n == name)
            {
                return values;
            }
        }

        return [];
    }

    /// <summary>Reads one line's JSON value; every problem is an error naming the line.</summary>
    public static FtmEntity Parse(JsonElement root, long line, ReadSession session)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw session.Error(line, null, "each line must be one JSON object (an FtM entity)");
        }

        string? id = null, schema = null;
        JsonElement? properties = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var topLevel = new List<(string, List<string>)>();
        foreach (var member in root.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                throw session.Error(line, member.Name, $"the key '{ReadSession.Quote(member.Name)}' appears twice");
            }

            switch (member.Name)
            {
                case "id":
                    id = member.Value.ValueKind == JsonValueKind.String ? session.Id(member.Value.GetString()!, line, "entity id") : throw session.Error(line, "id", "the entity id must be a string");
                    break;
                case "schema":
                    schema = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : throw session.Error(line, "schema", "the schema must be a string");
                    break;
                case "properties":
                    properties = member.Value.ValueKind == JsonValueKind.Object ? member.Value : throw session.Error(line, "properties", "'properties' must be an object");
                    break;
                default:
                    if (Texts(member.Value, line, member.Name, session) is { } values)
                    {
                        topLevel.Add((member.Name, values));
                    }
                    else
                    {
                        session.Notes.Add("{0} nested top-level values of entities (not FtM properties) were ignored");
                    }

                    break;
            }
        }

        var entity = new FtmEntity(
            id ?? throw session.Error(line, "id", "the entity has no id"),
            schema ?? throw session.Error(line, "schema", "the entity has no schema"),
            line);
        entity.TopLevel.AddRange(topLevel);
        if (properties is { } props)
        {
            seen.Clear();
            foreach (var member in props.EnumerateObject())
            {
                if (!seen.Add(member.Name))
                {
                    throw session.Error(line, member.Name, $"the property '{ReadSession.Quote(member.Name)}' appears twice");
                }

                var values = Texts(member.Value, line, member.Name, session)
                    ?? throw session.Error(line, member.Name, $"property '{ReadSession.Quote(member.Name)}' must be a list of strings");
                if (member.Name is "notes" or "summary")
                {
                    values = entity.TakeNotes(values);
                }

                if (values.Count > 0)
                {
                    entity.Properties.Add((member.Name, values));
                }
            }
        }

        return entity;
    }

    private List<string> TakeNotes(List<string> values)
    {
        var kept = new List<string>(values.Count);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (value.StartsWith(NotePrefix, StringComparison.Ordinal) && equals > NotePrefix.Length)
            {
                Notes.Add((value[NotePrefix.Length..equals], value[(equals + 1)..]));
            }
            else
            {
                kept.Add(value);
            }
        }

        return kept;
    }

    // FtM values are lists of strings; a lone string, numbers and booleans are accepted as text, nulls
    // dropped. Null when the value holds an object or a nested list.
    private static List<string>? Texts(JsonElement value, long line, string name, ReadSession session)
    {
        var texts = new List<string>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (!AddText(item, texts, line, name, session))
                {
                    return null;
                }
            }

            return texts;
        }

        return AddText(value, texts, line, name, session) ? texts : null;
    }

    private static bool AddText(JsonElement item, List<string> texts, long line, string name, ReadSession session)
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(session.Value(item.GetString()!, line, name));
                return true;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                texts.Add(item.GetRawText());
                return true;
            case JsonValueKind.Null:
                return true;
            default:
                return false;
        }
    }
}
