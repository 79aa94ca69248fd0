using System.Collections.Immutable;

namespace NetworkAnalysis.Core;

/// <summary>
/// The validation and normalisation rules of single records, in one place for the builder and the
/// readers (which attach file and line to the violations).
/// </summary>
internal static class RecordRules
{
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

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(groups[i], groups[j], StringComparison.Ordinal))
                {
                    sink.Add(new RuleViolation("groups", $"group '{groups[i]}' is listed twice"));
                    break;
                }
            }
        }
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

        if (!(transaction.Weight > 0 && double.IsFinite(transaction.Weight)))
        {
            sink.Add(new RuleViolation("weight", $"the weight must be positive and finite, got {transaction.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        if (transaction.Amount < 0)
        {
            sink.Add(new RuleViolation("amount", $"the amount must not be negative, got {transaction.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        if (transaction.Persons < 0)
        {
            sink.Add(new RuleViolation("persons", $"the number of persons must not be negative, got {transaction.Persons.Value}"));
        }

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
    }

    public static void Check(Group group, List<RuleViolation> sink)
    {
        if (group.Id.Length == 0)
        {
            sink.Add(new RuleViolation("id", "the group id is empty"));
        }

        if (group.Type is { } type && !Enum.IsDefined(type))
        {
            sink.Add(new RuleViolation("type", $"undefined group type {(int)type}"));
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

        if (ReferenceEquals(id, agent.Id) && ReferenceEquals(name, agent.Name) && ReferenceEquals(country, agent.Country) && groups == agent.Groups)
        {
            return agent;
        }

        return agent with { Id = id, Name = name, Country = country, Groups = groups };
    }

    /// <summary>Trims ids, makes codes upper-case and empty optional texts null; returns the same instance when nothing changes.</summary>
    public static Transaction Normalize(Transaction transaction)
    {
        var source = Trim(transaction.Source);
        var target = Trim(transaction.Target);
        var id = transaction.Id is null ? null : Trim(transaction.Id);
        if (id is { Length: 0 })
        {
            id = null;
        }

        var currency = Code(transaction.Currency);
        var country = Code(transaction.Country);
        var route = transaction.Route;
        if (route.Any(s => s is not null && (NeedsTrim(s) || HasLower(s))))
        {
            route = route.Select(s => s is null ? s! : s.Trim().ToUpperInvariant()).ToImmutableArray();
        }

        if (ReferenceEquals(source, transaction.Source) && ReferenceEquals(target, transaction.Target) && ReferenceEquals(id, transaction.Id)
            && ReferenceEquals(currency, transaction.Currency) && ReferenceEquals(country, transaction.Country) && route == transaction.Route)
        {
            return transaction;
        }

        return transaction with { Source = source, Target = target, Id = id, Currency = currency, Country = country, Route = route };
    }

    /// <summary>Trims the id and makes an empty name null; returns the same instance when nothing changes.</summary>
    public static Group Normalize(Group group)
    {
        var id = Trim(group.Id);
        var name = group.Name is { Length: 0 } ? null : group.Name;
        return ReferenceEquals(id, group.Id) && ReferenceEquals(name, group.Name) ? group : group with { Id = id, Name = name };
    }

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
