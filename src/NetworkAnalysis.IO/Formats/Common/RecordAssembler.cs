using System.Collections.Frozen;
using System.Collections.Immutable;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// Turns the raw values of a node or edge (an <see cref="AgentDraft"/> or <see cref="TransactionDraft"/>)
/// into an <see cref="Agent"/> or <see cref="Transaction"/>, checking every value against the domain rules
/// with the file and line, so problems name the place in the file rather than a record number.
/// </summary>
internal static class RecordAssembler
{
    private static readonly IReadOnlyDictionary<string, string> _noAttributes = FrozenDictionary<string, string>.Empty;

    public static Agent BuildAgent(ReadSession session, string id, AgentDraft draft, long line)
    {
        var extras = Extras(session, draft.Extras, line, "node");
        var kind = AgentKind.Person;
        if (draft.Kind is { } kindText && !DomainWords.TryParseAgentKind(kindText, out kind))
        {
            kind = AgentKind.Person;
            KeepOriginalKind(session, ref extras, kindText, line, "{0} nodes had a kind that is not an agent kind; read as person, the word kept in 'original_kind'");
        }

        var sphere = Agent.DefaultSphere(kind);
        if (draft.Sphere is { } sphereText && !string.IsNullOrWhiteSpace(sphereText) && !DomainWords.TryParseSphere(sphereText, out sphere))
        {
            throw session.Error(line, "sphere", $"'{ReadSession.Quote(sphereText)}' is not a sphere ({string.Join(", ", DomainWords.Spheres)})");
        }

        var functions = FunctionSet.Empty;
        if (draft.Functions is { } functionText && !DomainWords.TryParseFunctions(functionText, out functions, out var badWord))
        {
            throw session.Error(line, "functions", $"'{ReadSession.Quote(badWord ?? functionText)}' is not a function ({string.Join(", ", DomainWords.Functions)})");
        }

        var sensitivity = Sensitivity.None;
        if (draft.Sensitivity is { } sensitivityText)
        {
            if (sensitivityText.AsSpan().Trim().Equals(FieldText.ProtectedSensitivity, StringComparison.OrdinalIgnoreCase))
            {
                // A pseudonymised export hides whether a protected agent is a witness or a minor.
                sensitivity = Sensitivity.Witness;
            }
            else if (!DomainWords.TryParseSensitivity(sensitivityText, out sensitivity))
            {
                // Never guess here: reading "victims" as none would expose a victim in every later output.
                throw session.Error(line, "sensitivity", $"'{ReadSession.Quote(sensitivityText)}' is not a sensitivity (none, victim, witness, minor, protected)");
            }
        }

        return new Agent(id, kind)
        {
            Name = draft.Name is { Length: > 0 } name ? session.Value(name, line, "name") : null,
            Sphere = sphere,
            Country = Country(session, draft.Country, line, "country"),
            Groups = Groups(session, draft.Groups, line),
            Functions = functions,
            Sensitivity = sensitivity,
            Attributes = extras,
        };
    }

    public static Transaction BuildTransaction(ReadSession session, string source, string target, TransactionDraft draft, long line)
    {
        var extras = Extras(session, draft.Extras, line, "edge");
        var kind = TransactionKind.Communication;
        if (draft.Kind is { } kindText && !DomainWords.TryParseTransactionKind(kindText, out kind))
        {
            kind = TransactionKind.Communication;
            KeepOriginalKind(session, ref extras, kindText, line, "{0} edges had a kind that is not a transaction kind; read as communication, the word kept in 'original_kind'");
        }

        var weight = draft.NumericWeight ?? 1.0;
        if (draft.Weight is { } weightText && !FieldText.TryParseDouble(weightText, out weight))
        {
            throw session.Error(line, "weight", $"'{ReadSession.Quote(weightText)}' is not a number");
        }

        if (!(weight > 0 && double.IsFinite(weight)))
        {
            throw session.Error(line, "weight", $"the weight must be positive and finite, got {FieldText.Number(weight)}");
        }

        if (weight > QuantityLimits.MaxWeight)
        {
            throw session.Error(line, "weight", $"the weight must be at most 1e12 (the largest accepted), got {FieldText.Number(weight)}");
        }

        DateTimeOffset? time = null;
        if (draft.Time is { } timeText && !string.IsNullOrWhiteSpace(timeText))
        {
            if (!FieldText.TryParseTime(timeText, out var parsed))
            {
                throw session.Error(line, "time", $"'{ReadSession.Quote(timeText)}' is not an ISO 8601 date or date-time (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss[+hh:mm])");
            }

            time = parsed;
        }

        decimal? amount = null;
        if (draft.Amount is { } amountText && !string.IsNullOrWhiteSpace(amountText))
        {
            if (!FieldText.TryParseDecimal(amountText, out var parsed) || parsed < 0)
            {
                throw session.Error(line, "amount", $"'{ReadSession.Quote(amountText)}' is not a non-negative amount");
            }

            amount = parsed;
        }

        int? persons = null;
        if (draft.Persons is { } personsText && !string.IsNullOrWhiteSpace(personsText))
        {
            if (!FieldText.TryParseCount(personsText, out var parsed) || parsed < 0)
            {
                throw session.Error(line, "persons", $"'{ReadSession.Quote(personsText)}' is not a non-negative whole number");
            }

            persons = parsed;
        }

        var currency = Code(session, draft.Currency, line, "currency", 3, "a three-letter ISO 4217 currency code");
        return new Transaction(source, target, kind)
        {
            Id = draft.Id is { } id && !string.IsNullOrWhiteSpace(id) ? session.Value(id, line, "id").Trim() : null,
            Weight = weight,
            Time = time,
            Amount = amount,
            Currency = currency,
            Country = Country(session, draft.Country, line, "country"),
            Route = Route(session, draft.Route, line),
            Persons = persons,
            Attributes = extras,
        };
    }

    /// <summary>
    /// Builds a tie: <paramref name="kind"/> a tie word, <paramref name="start"/> and <paramref name="end"/>
    /// ISO 8601 texts or null; a bad value is an error naming the line.
    /// </summary>
    public static Tie BuildTie(
        ReadSession session, string source, string target, string kind, string? id, string? start, string? end, List<KeyValuePair<string, string>> extras, long line)
    {
        if (!DomainWords.TryParseTieKind(kind, out var tieKind))
        {
            throw session.Error(line, "kind", $"'{ReadSession.Quote(kind)}' is not a tie kind ({string.Join(", ", DomainWords.TieKinds)})");
        }

        var tie = new Tie(source, target, tieKind)
        {
            Id = id is not null && !string.IsNullOrWhiteSpace(id) ? session.Value(id, line, "id").Trim() : null,
            Start = TieTime(session, start, line, "start"),
            End = TieTime(session, end, line, "end"),
            Attributes = Extras(session, extras, line, "edge"),
        };
        if (tie.Start > tie.End)
        {
            throw session.Error(line, "end", "the tie ends before it starts");
        }

        return tie;
    }

    private static DateTimeOffset? TieTime(ReadSession session, string? text, long line, string column)
    {
        if (text is null || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return FieldText.TryParseTime(text, out var parsed)
            ? parsed
            : throw session.Error(line, column, $"'{ReadSession.Quote(text)}' is not an ISO 8601 date or date-time (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss[+hh:mm])");
    }

    private static void KeepOriginalKind(ReadSession session, ref IReadOnlyDictionary<string, string> extras, string kindText, long line, string note)
    {
        session.Notes.Add(note);
        if (extras.Keys.Any(k => string.Equals(k, Columns.OriginalKind, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var copy = new Dictionary<string, string>(extras, StringComparer.Ordinal)
        {
            [Columns.OriginalKind] = session.Value(kindText.Trim(), line, "kind"),
        };
        extras = copy;
    }

    private static IReadOnlyDictionary<string, string> Extras(ReadSession session, List<KeyValuePair<string, string>> raw, long line, string what)
    {
        if (raw.Count == 0)
        {
            return _noAttributes;
        }

        if (raw.Count > session.Options.MaxAttributeNames)
        {
            throw session.Error(line, null, $"a {what} has more than {session.Options.MaxAttributeNames:N0} attributes (FormatReadOptions.MaxAttributeNames)");
        }

        var map = new Dictionary<string, string>(raw.Count, StringComparer.Ordinal);

        // Names must be unique ignoring case; a set keeps that linear for records with many attributes.
        var names = new HashSet<string>(raw.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (rawName, value) in raw)
        {
            var name = rawName.Trim();
            if (name.Length == 0)
            {
                session.Notes.Add($"{{0}} {what} attributes with an empty name were ignored");
                continue;
            }

            session.Value(value, line, name);
            if (value.Length == 0)
            {
                continue; // an empty value and a missing attribute are the same thing in our model
            }

            if (!names.Add(name))
            {
                session.Notes.Add(map.ContainsKey(name)
                    ? $"{{0}} repeated {what} attributes ignored (the first value kept)"
                    : $"{{0}} {what} attributes were ignored because another attribute of the same {what} has the same name ignoring case");
                continue;
            }

            map.Add(name, value);
        }

        return map.Count == 0 ? _noAttributes : map;
    }

    private static string? Country(ReadSession session, string? text, long line, string column) =>
        Code(session, text, line, column, 2, "a two-letter ISO 3166-1 country code");

    private static string? Code(ReadSession session, string? text, long line, string column, int length, string what)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.AsSpan().Trim();
        if (t.IsEmpty)
        {
            return null;
        }

        if (t.Length != length || !IsAsciiLetters(t))
        {
            throw session.Error(line, column, $"'{ReadSession.Quote(text)}' is not {what}");
        }

        return t.ToString().ToUpperInvariant();
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<string> Groups(ReadSession session, string? text, long line)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var range in text.AsSpan().Split(FieldText.ListSeparator))
        {
            var item = text.AsSpan()[range].Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            var group = item.ToString();
            if (builder.Contains(group))
            {
                throw session.Error(line, "groups", $"group '{ReadSession.Quote(group)}' is listed twice");
            }

            builder.Add(group);
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<string> Route(ReadSession session, string? text, long line)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var range in text.AsSpan().Split(FieldText.RouteSeparator))
        {
            var stop = text.AsSpan()[range].Trim();
            if (stop.Length != 2 || !IsAsciiLetters(stop))
            {
                throw session.Error(line, "route", $"route stop '{ReadSession.Quote(stop.ToString())}' is not a two-letter ISO 3166-1 country code (a route is written TR>GR>IT)");
            }

            builder.Add(stop.ToString().ToUpperInvariant());
        }

        return builder.ToImmutable();
    }
}
