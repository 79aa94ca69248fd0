using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Ftm;

/// <summary>
/// Reads FollowTheMoney JSON lines (one entity per line, as <c>ftm</c>, Aleph and OpenSanctions export
/// them): persons, legal entities and assets become agents, Payments (and Calls, Messages) transactions,
/// relationship schemata ties; see docs/formats.md for the schema table.
/// </summary>
/// <remarks>
/// Relationship entities may come before the entities they link, so they are kept until the end of the
/// file and then added; an end that is no entity of the file is an error naming the relationship's line
/// (with <see cref="FormatReadOptions.Lenient"/>: counted and skipped). A value our model has a field for
/// (a name, an amount, a date) fills that field when it is valid there and is otherwise kept, like every
/// other property value, as an attribute <c>ftm:PROPERTY</c>, <c>ftm:PROPERTY#2</c>, ... so that several
/// values per property survive; the writer turns them back into properties.
/// </remarks>
internal sealed class FtmReader
{
    /// <summary>The prefix of attributes holding FtM property values.</summary>
    public const string AttributePrefix = "ftm:";

    /// <summary>The prefix of attributes holding top-level entity keys (<c>datasets</c>, <c>first_seen</c>, ...).</summary>
    public const string TopLevelPrefix = "ftm:@";

    /// <summary>The attribute naming the FtM schema when it is not the one the writer would choose.</summary>
    public const string SchemaAttribute = "ftm:schema";

    private readonly ReadSession _s;
    private readonly FtmModel _model = FtmModel.Default;
    private readonly Dictionary<string, long> _entityLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _skipped = new(StringComparer.Ordinal);
    private readonly List<(FtmEntity Entity, FtmSchema Schema, FtmMap Map)> _links = [];

    private FtmReader(ReadSession session) => _s = session;

    public static FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        var session = new ReadSession(fileName, options, ct);
        var reader = new FtmReader(session);
        JsonLines.Read(stream, session, (record, line) => reader.ReadEntity(FtmEntity.Parse(record, line, session)));
        foreach (var (entity, schema, map) in reader._links)
        {
            reader.AddLinks(entity, schema, map);
        }

        return session.Finish(directed: true);
    }

    /// <summary>The attribute name of value <paramref name="index"/> (0-based) of a property.</summary>
    public static string AttributeName(string prefix, string property, int index) =>
        index == 0 ? prefix + property : $"{prefix}{property}#{index + 1}";

    private void ReadEntity(FtmEntity entity)
    {
        if (!_entityLines.TryAdd(entity.Id, entity.Line))
        {
            throw _s.Error(entity.Line, "id", $"entity '{ReadSession.Quote(entity.Id)}' appears again (first on line {_entityLines[entity.Id]}); merge entity fragments first (ftm aggregate)");
        }

        var schema = _model.Find(entity.Schema);
        if (schema is null || schema.IsAbstract)
        {
            var problem = schema is null ? "is not a FollowTheMoney schema" : "is abstract (no entity may have it)";
            if (!_s.Options.Lenient)
            {
                throw _s.Error(entity.Line, "schema", $"'{ReadSession.Quote(entity.Schema)}' {problem}; use --lenient to skip such entities");
            }

            _s.Notes.Add("{0} entities of unknown or abstract schemata skipped (--lenient)");
            _skipped[entity.Id] = entity.Schema;
            return;
        }

        var map = FtmMapping.Map(schema);
        switch (map.Role)
        {
            case FtmRole.Agent:
                AddAgent(entity, schema, map);
                break;
            case FtmRole.Transaction:
            case FtmRole.Tie:
                _links.Add((entity, schema, map));
                break;
            default:
                _s.Notes.Add($"{{0}} {Notes.Literal(schema.Name)} entities skipped (no agent, transaction or tie counterpart)");
                _skipped[entity.Id] = schema.Name;
                break;
        }
    }

    private void AddAgent(FtmEntity entity, FtmSchema schema, FtmMap map)
    {
        var draft = _s.AgentDraft;
        draft.Reset();
        draft.Kind = DomainWords.Format(map.AgentKind);
        draft.Sphere = DomainWords.Format(map.Sphere);
        foreach (var (name, values) in entity.Properties)
        {
            var first = 0;
            if (name == "name")
            {
                draft.Name = values[0];
                first = 1;
            }
            else if (name == "country" && IsLetters(values[0], 2))
            {
                draft.Country = values[0];
                first = 1;
            }

            KeepValues(draft.Extras, name, values, first);
        }

        foreach (var (key, value) in entity.Notes)
        {
            var field = Columns.Agent(key);
            if (field is AgentField.Extra or AgentField.Reserved || key.StartsWith("attr:", StringComparison.Ordinal))
            {
                draft.Extras.Add(new(NoteAttribute(key), value));
            }
            else
            {
                draft.Set(field, key, value);
            }
        }

        var kind = DomainWords.TryParseAgentKind(draft.Kind!, out var k) ? k : map.AgentKind;
        KeepSchema(draft.Extras, entity, schema, FtmMapping.AgentSchema(kind));
        var agent = RecordAssembler.BuildAgent(_s, entity.Id, draft, entity.Line);
        _s.AddAgent(agent, entity.Line);
    }

    private void AddLinks(FtmEntity entity, FtmSchema schema, FtmMap map)
    {
        var sources = entity.Values(map.SourceProperty!);
        var targets = entity.Values(map.TargetProperty!);
        if (sources.Count == 0 || targets.Count == 0)
        {
            _s.Notes.Add($"{{0}} {Notes.Literal(schema.Name)} entities without a '{map.SourceProperty}' or '{map.TargetProperty}' skipped");
            return;
        }

        // FtM's own graph links every source value with every target value; so do we.
        var pairs = sources.Count * targets.Count;
        var k = 0;
        foreach (var source in sources)
        {
            foreach (var target in targets)
            {
                var id = pairs == 1 ? entity.Id : $"{entity.Id}#{++k}";
                if (Endpoint(entity, schema, map.SourceProperty!, source) is not { } s || Endpoint(entity, schema, map.TargetProperty!, target) is not { } t)
                {
                    continue;
                }

                if (map.Role == FtmRole.Transaction)
                {
                    AddTransaction(entity, schema, map, id, s, t);
                }
                else
                {
                    AddTie(entity, schema, map, id, s, t);
                }
            }
        }
    }

    private Endpoint? Endpoint(FtmEntity entity, FtmSchema schema, string property, string id)
    {
        if (_s.TryAgent(id.Trim(), out var endpoint))
        {
            return endpoint;
        }

        if (_skipped.TryGetValue(id.Trim(), out var skippedSchema))
        {
            _s.Notes.Add($"{{0}} {Notes.Literal(schema.Name)} links to skipped {Notes.Literal(skippedSchema)} entities skipped");
            return null;
        }

        if (!_s.Options.Lenient)
        {
            throw _s.Error(entity.Line, property, $"'{ReadSession.Quote(id)}' ({property} of this {schema.Name}) is not an entity of the file; use --lenient to skip such links");
        }

        _s.Notes.Add($"{{0}} {Notes.Literal(schema.Name)} links to entities missing from the file skipped (--lenient)");
        return null;
    }

    private void AddTransaction(FtmEntity entity, FtmSchema schema, FtmMap map, string id, Endpoint source, Endpoint target)
    {
        var draft = _s.TransactionDraft;
        draft.Reset();
        draft.Id = id;
        draft.Kind = DomainWords.Format(map.TransactionKind);
        foreach (var (name, values) in entity.Properties)
        {
            if (name == map.SourceProperty || name == map.TargetProperty)
            {
                continue;
            }

            var first = 0;
            if ((name == "date" && FieldText.TryParseTime(values[0], out _))
                || (name == "amount" && FieldText.TryParseDecimal(values[0], out var amount) && amount >= 0)
                || (name == "currency" && IsLetters(values[0], 3)))
            {
                draft.Set(name == "date" ? TransactionField.Time : Columns.Transaction(name), name, values[0]);
                first = 1;
            }

            KeepValues(draft.Extras, name, values, first);
        }

        foreach (var (key, value) in entity.Notes)
        {
            var field = Columns.Transaction(key);
            if (field is TransactionField.Extra or TransactionField.Reserved || key.StartsWith("attr:", StringComparison.Ordinal))
            {
                draft.Extras.Add(new(NoteAttribute(key), value));
            }
            else
            {
                draft.Set(field, key, value);
            }
        }

        var kind = DomainWords.TryParseTransactionKind(draft.Kind!, out var k) ? k : map.TransactionKind;
        KeepSchema(draft.Extras, entity, schema, FtmMapping.TransactionSchema(kind));
        var transaction = RecordAssembler.BuildTransaction(_s, source.Id, target.Id, draft, entity.Line);
        _s.AddTransaction(transaction, source.Index, target.Index, entity.Line);
    }

    private void AddTie(FtmEntity entity, FtmSchema schema, FtmMap map, string id, Endpoint source, Endpoint target)
    {
        var extras = new List<KeyValuePair<string, string>>();
        string? start = null, end = null;
        string? tieId = id;
        var kindWord = DomainWords.Format(map.TieKind);
        foreach (var (name, values) in entity.Properties)
        {
            if (name == map.SourceProperty || name == map.TargetProperty)
            {
                continue;
            }

            var first = 0;
            if (name is "startDate" or "endDate" && FieldText.TryParseTime(values[0], out _))
            {
                if (name == "startDate")
                {
                    start = values[0];
                }
                else
                {
                    end = values[0];
                }

                first = 1;
            }

            KeepValues(extras, name, values, first);
        }

        foreach (var (key, value) in entity.Notes)
        {
            switch (key)
            {
                case "kind": kindWord = value; break;
                case "id": tieId = value; break;
                case "start": start = value; break;
                case "end": end = value; break;
                default: extras.Add(new(NoteAttribute(key), value)); break;
            }
        }

        // A start after the end cannot be a tie's interval; keep both dates as attributes instead.
        if (start is not null && end is not null && FieldText.TryParseTime(start, out var s) && FieldText.TryParseTime(end, out var e) && s > e)
        {
            extras.Add(new(AttributePrefix + "startDate", start));
            extras.Add(new(AttributePrefix + "endDate", end));
            start = end = null;
        }

        var kind = DomainWords.TryParseTieKind(kindWord, out var k) ? k : map.TieKind;
        KeepSchema(extras, entity, schema, FtmMapping.TieSchema(kind));
        var tie = RecordAssembler.BuildTie(_s, source.Id, target.Id, kindWord, tieId, start, end, extras, entity.Line);
        _s.AddTie(tie, source.Index, target.Index, entity.Line);
    }

    private static void KeepValues(List<KeyValuePair<string, string>> extras, string property, List<string> values, int first)
    {
        for (var i = first; i < values.Count; i++)
        {
            extras.Add(new(AttributeName(AttributePrefix, property, i), values[i]));
        }
    }

    private static void KeepSchema(List<KeyValuePair<string, string>> extras, FtmEntity entity, FtmSchema schema, string writerSchema)
    {
        if (schema.Name != writerSchema)
        {
            extras.Add(new(SchemaAttribute, schema.Name));
        }

        foreach (var (name, values) in entity.TopLevel)
        {
            KeepValues(extras, "@" + name, values, 0);
        }
    }

    // "attr:case_ref" holds an attribute of ours; any other note key is kept under its own name.
    private static string NoteAttribute(string key) => key.StartsWith("attr:", StringComparison.Ordinal) ? key[5..] : FtmEntity.NotePrefix + key;

    private static bool IsLetters(string text, int length)
    {
        var t = text.AsSpan().Trim();
        if (t.Length != length)
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
