using System.Collections.Immutable;

namespace NetworkAnalysis.Core;

/// <summary>
/// The validation and normalisation rules of single records, in one place for the builder and the
/// readers (which attach file and line to the violations).
/// </summary>
internal static class RecordRules
{
    /// <summary>The data-format columns of an agent; an extra attribute may not use these names.</summary>
    public static readonly string[] AgentColumns = ["id", "kind", "name", "sphere", "country", "groups", "functions", "sensitivity"];

    /// <summary>The data-format columns of a transaction; an extra attribute may not use these names.</summary>
    public static readonly string[] TransactionColumns = ["id", "source", "target", "kind", "time", "amount", "currency", "country", "route", "persons", "weight"];

    /// <summary>The data-format columns of a tie; an extra attribute may not use these names.</summary>
    public static readonly string[] TieColumns = ["id", "source", "target", "kind", "start", "end"];

    /// <summary>The data-format columns of a group; an extra attribute may not use these names.</summary>
    public static readonly string[] GroupColumns = ["id", "name", "type"];

    public static bool IsCountryCode(ReadOnlySpan<char> code) => code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    public static bool IsCurrencyCode(ReadOnlySpan<char> code) =>
        code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    public static void Check(Agent agent, List<RuleViolation> sink)
    {
        if (agent.Id.Length == 0)
        {
            sink.Add(new RuleViolation("id", "the agent id is empty"));
        }

        if (!Enum.IsDefined(agent.Kind))
        {
            sink.Add(new RuleViolation("kind", $"undefined agent kind {(int)agent.Kind}"));
        }

        if (!Enum.IsDefined(agent.Sphere))
        {
            sink.Add(new RuleViolation("sphere", $"undefined sphere {(int)agent.Sphere}"));
        }

        if (!Enum.IsDefined(agent.Sensitivity))
        {
            sink.Add(new RuleViolation("sensitivity", $"undefined sensitivity {(int)agent.Sensitivity}"));
        }

        if (agent.Country is { } country && !IsCountryCode(country))
        {
            sink.Add(new RuleViolation("country", $"'{country}' is not a two-letter ISO 3166-1 country code"));
        }

        var groups = agent.Groups;
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] is null || groups[i].Length == 0)
            {
                sink.Add(new RuleViolation("groups", "a group id is empty"));
                continue;
            }

            if (groups[i].Contains(';', StringComparison.Ordinal))
            {
                sink.Add(new RuleViolation("groups", $"group id '{groups[i]}' contains ';' (the list separator)"));
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(groups[i], groups[j], StringComparison.Ordinal))
                {
                    sink.Add(new RuleViolation("groups", $"group '{groups[i]}' is listed twice"));
                    break;
                }
            }
        }

        CheckAttributes(agent.Attributes, AgentColumns, sink);
    }

    public static void Check(Transaction transaction, List<RuleViolation> sink)
    {
        if (transaction.Source.Length == 0)
        {
            sink.Add(new RuleViolation("source", "the source agent id is empty"));
        }

        if (transaction.Target.Length == 0)
        {
            sink.Add(new RuleViolation("target", "the target agent id is empty"));
        }

        if ((uint)transaction.Kind > (uint)TransactionKind.Arms)
        {
            sink.Add(new RuleViolation("kind", $"undefined transaction kind {(int)transaction.Kind}"));
        }

        CheckQuantities(transaction.Weight, transaction.Amount, transaction.Persons, sink);

        if (transaction.Currency is { } currency && !IsCurrencyCode(currency))
        {
            sink.Add(new RuleViolation("currency", $"'{currency}' is not a three-letter ISO 4217 currency code"));
        }

        if (transaction.Country is { } country && !IsCountryCode(country))
        {
            sink.Add(new RuleViolation("country", $"'{country}' is not a two-letter ISO 3166-1 country code"));
        }

        foreach (var stop in transaction.Route)
        {
            if (stop is null || !IsCountryCode(stop))
            {
                sink.Add(new RuleViolation("route", $"route stop '{stop}' is not a two-letter ISO 3166-1 country code"));
                break;
            }
        }

        CheckAttributes(transaction.Attributes, TransactionColumns, sink);
    }

    /// <summary>
    /// The rules on a transaction's numbers: a positive finite weight, a non-negative amount and number
    /// of persons. The dataset reader checks only these, as parsing already guarantees the other rules.
    /// </summary>
    public static void CheckQuantities(double weight, decimal? amount, int? persons, List<RuleViolation> sink)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (!(weight > 0 && double.IsFinite(weight)))
        {
            sink.Add(new RuleViolation("weight", $"the weight must be positive and finite, got {weight.ToString(invariant)}"));
        }
        else if (weight > QuantityLimits.MaxWeight)
        {
            sink.Add(new RuleViolation("weight", $"the weight must be at most 1e12 (the largest accepted), got {weight.ToString(invariant)}"));
        }

        if (amount < 0)
        {
            sink.Add(new RuleViolation("amount", $"the amount must not be negative, got {amount.Value.ToString(invariant)}"));
        }
        else if (amount > QuantityLimits.MaxAmount)
        {
            sink.Add(new RuleViolation("amount", $"the amount must be at most 1e15 (the largest accepted), got {amount.Value.ToString(invariant)}"));
        }

        if (persons < 0)
        {
            sink.Add(new RuleViolation("persons", $"the number of persons must not be negative, got {persons.Value}"));
        }
        else if (persons > QuantityLimits.MaxPersons)
        {
            sink.Add(new RuleViolation("persons", $"the number of persons must be at most 1000000 (the largest accepted), got {persons.Value}"));
        }
    }

    public static void Check(Tie tie, List<RuleViolation> sink)
    {
        if (tie.Source.Length == 0)
        {
            sink.Add(new RuleViolation("source", "the source agent id is empty"));
        }

        if (tie.Target.Length == 0)
        {
            sink.Add(new RuleViolation("target", "the target agent id is empty"));
        }

        if (!Enum.IsDefined(tie.Kind))
        {
            sink.Add(new RuleViolation("kind", $"undefined tie kind {(int)tie.Kind}"));
        }

        if (tie.Start is { } start && tie.End is { } end && end < start)
        {
            sink.Add(new RuleViolation("end", "the tie ends before it starts"));
        }

        CheckAttributes(tie.Attributes, TieColumns, sink);
    }

    public static void Check(Group group, List<RuleViolation> sink)
    {
        if (group.Id.Length == 0)
        {
            sink.Add(new RuleViolation("id", "the group id is empty"));
        }

        else if (group.Id.Contains(';', StringComparison.Ordinal))
        {
            sink.Add(new RuleViolation("id", $"group id '{group.Id}' contains ';' (the list separator of an agent's groups)"));
        }

        if (group.Type is { } type && !Enum.IsDefined(type))
        {
            sink.Add(new RuleViolation("type", $"undefined group type {(int)type}"));
        }

        CheckAttributes(group.Attributes, GroupColumns, sink);
    }

    /// <summary>
    /// Extra attributes must be writable as extra columns: a non-empty name without surrounding white
    /// space that is not a data-format column, unique ignoring case, with a non-null value.
    /// </summary>
    public static void CheckAttributes(IReadOnlyDictionary<string, string> attributes, string[] columns, List<RuleViolation> sink)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        var index = 0;
        foreach (var (key, value) in attributes)
        {
            if (string.IsNullOrEmpty(key) || NeedsTrim(key))
            {
                sink.Add(new RuleViolation(key, $"attribute name '{key}' is empty or has surrounding white space"));
            }
            else if (Array.Exists(columns, c => string.Equals(c, key, StringComparison.OrdinalIgnoreCase)))
            {
                sink.Add(new RuleViolation(key, $"attribute name '{key}' is the name of a data-format column"));
            }
            else if (attributes.Keys.Take(index).Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)))
            {
                sink.Add(new RuleViolation(key, $"attribute name '{key}' appears twice (names are case-insensitive)"));
            }

            if (value is null)
            {
                sink.Add(new RuleViolation(key, $"attribute '{key}' has a null value"));
            }

            index++;
        }
    }

    /// <summary>Trims ids, makes codes upper-case and empty optional texts null; returns the same instance when nothing changes.</summary>
    public static Agent Normalize(Agent agent)
    {
        var id = Trim(agent.Id);
        var name = agent.Name is { Length: 0 } ? null : agent.Name;
        var country = Code(agent.Country);
        var groups = agent.Groups;
        if (groups.Any(g => g is not null && NeedsTrim(g)))
        {
            groups = groups.Select(g => g is null ? g! : g.Trim()).ToImmutableArray();
        }

        var attributes = WithoutEmptyValues(agent.Attributes);
        if (ReferenceEquals(id, agent.Id) && ReferenceEquals(name, agent.Name) && ReferenceEquals(country, agent.Country) && groups == agent.Groups
            && ReferenceEquals(attributes, agent.Attributes))
        {
            return agent;
        }

        return agent with { Id = id, Name = name, Country = country, Groups = groups, Attributes = attributes };
    }

    /// <summary>Trims ids, makes codes upper-case and empty optional texts null; returns the same instance when nothing changes.</summary>
    public static Transaction Normalize(Transaction transaction)
    {
        var source = Trim(transaction.Source);
        var target = Trim(transaction.Target);
        var id = OptionalId(transaction.Id);

        var currency = Code(transaction.Currency);
        var country = Code(transaction.Country);
        var route = transaction.Route;
        if (route.Any(s => s is not null && (NeedsTrim(s) || HasLower(s))))
        {
            route = route.Select(s => s is null ? s! : s.Trim().ToUpperInvariant()).ToImmutableArray();
        }

        var attributes = WithoutEmptyValues(transaction.Attributes);
        if (ReferenceEquals(source, transaction.Source) && ReferenceEquals(target, transaction.Target) && ReferenceEquals(id, transaction.Id)
            && ReferenceEquals(currency, transaction.Currency) && ReferenceEquals(country, transaction.Country) && route == transaction.Route
            && ReferenceEquals(attributes, transaction.Attributes))
        {
            return transaction;
        }

        return transaction with
        {
            Source = source, Target = target, Id = id, Currency = currency, Country = country, Route = route, Attributes = attributes,
        };
    }

    /// <summary>Trims ids and makes an empty id null; returns the same instance when nothing changes.</summary>
    public static Tie Normalize(Tie tie)
    {
        var source = Trim(tie.Source);
        var target = Trim(tie.Target);
        var id = OptionalId(tie.Id);

        var attributes = WithoutEmptyValues(tie.Attributes);
        return ReferenceEquals(source, tie.Source) && ReferenceEquals(target, tie.Target) && ReferenceEquals(id, tie.Id) && ReferenceEquals(attributes, tie.Attributes)
            ? tie
            : tie with { Source = source, Target = target, Id = id, Attributes = attributes };
    }

    /// <summary>Trims the id and makes an empty name null; returns the same instance when nothing changes.</summary>
    public static Group Normalize(Group group)
    {
        var id = Trim(group.Id);
        var name = group.Name is { Length: 0 } ? null : group.Name;
        var attributes = WithoutEmptyValues(group.Attributes);
        return ReferenceEquals(id, group.Id) && ReferenceEquals(name, group.Name) && ReferenceEquals(attributes, group.Attributes)
            ? group
            : group with { Id = id, Name = name, Attributes = attributes };
    }

    // An empty cell and a missing attribute are the same thing in the data format, so the model keeps neither.
    private static IReadOnlyDictionary<string, string> WithoutEmptyValues(IReadOnlyDictionary<string, string> attributes)
    {
        if (attributes.Count == 0)
        {
            return attributes;
        }

        foreach (var (_, value) in attributes)
        {
            if (value is { Length: 0 })
            {
                return attributes.Where(p => p.Value is not { Length: 0 }).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            }
        }

        return attributes;
    }

    // A record id that is empty after trimming is no id.
    private static string? OptionalId(string? id) => id is null ? null : Trim(id) is { Length: > 0 } trimmed ? trimmed : null;

    private static string Trim(string text) => NeedsTrim(text) ? text.Trim() : text;

    private static string? Code(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = Trim(code);
        if (trimmed.Length == 0)
        {
            return null;
        }

        return HasLower(trimmed) ? trimmed.ToUpperInvariant() : trimmed;
    }

    private static bool NeedsTrim(string text) => text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
