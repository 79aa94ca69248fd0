using System.Collections.Immutable;
using CsCheck;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Tests.Dataset;

/// <summary>CsCheck generators of valid networks with awkward text (Unicode, RTL, quotes, commas, line breaks).</summary>
internal static class Generators
{
    private static readonly string[] _pieces =
    [
        "a", "Z", "0", " ", ",", "\"", "\n", "\r\n", ";", ">", "'", "é", "ß", "Ω", "中文", "עברית", "العربية", "\u200F", "😀", "\t", "x y",
    ];

    private static readonly string[] _groupIds = ["g1", "Ring \"Ω\"", "כנופיה", "g,2", "g\n3"];
    private static readonly string[] _attributeNames = ["note", "Case Ref", "źródło"];

    private static readonly Gen<string> _text = Gen.OneOf(_pieces).Array[1, 6].Select(string.Concat);

    private static readonly Gen<string?> _country = Gen.OneOf<string?>("GR", "TR", "IT", "NG", null);

    private static readonly Gen<IReadOnlyDictionary<string, string>> _attributes =
        Gen.Select(Gen.Bool.Array[_attributeNames.Length], _text.Array[_attributeNames.Length], (use, values) =>
        {
            var map = new Dictionary<string, string>();
            for (var i = 0; i < use.Length; i++)
            {
                if (use[i])
                {
                    map[_attributeNames[i]] = values[i];
                }
            }

            return (IReadOnlyDictionary<string, string>)map;
        });

    private static readonly Gen<Agent> _agentShape =
        Gen.Select(Gen.Enum<AgentKind>(), _text.Null(0.3), Gen.Enum<Sphere>().Nullable(0.5), _country, Gen.Int[0, (1 << 12) - 1], Gen.Enum<Sensitivity>(), _attributes, Gen.OneOf(_groupIds).Array[0, 3])
            .Select((kind, name, sphere, country, functions, sensitivity, attributes, groups) => new Agent("placeholder", kind)
            {
                Name = name,
                Sphere = sphere ?? Agent.DefaultSphere(kind),
                Country = country,
                Functions = FunctionSet.FromMask((uint)functions),
                Sensitivity = sensitivity,
                Attributes = attributes,
                Groups = [.. groups.Distinct()],
            });

    private static readonly Gen<DateTimeOffset?> _time =
        Gen.Select(Gen.Long[new DateTime(1900, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks], Gen.Int[-14 * 60, 14 * 60], Gen.Int[0, 3])
            .Select((ticks, offsetMinutes, shape) => shape switch
            {
                0 => new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerDay), TimeSpan.Zero),
                1 => new DateTimeOffset(ticks, TimeSpan.Zero),
                _ => new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes)),
            })
            .Nullable(0.3);

    private static readonly Gen<decimal?> _amount =
        Gen.Select(Gen.Long[0, 1_000_000_000_000_000], Gen.Byte[0, 12]).Select((mantissa, scale) => new decimal(mantissa) / Pow10(scale)).Nullable(0.3);

    private static readonly Gen<double> _weight = Gen.OneOf(Gen.Const(1.0), Gen.Double[1e-9, 1e9], Gen.OneOf(double.Epsilon, QuantityLimits.MaxWeight, 0.1));

    /// <summary>A valid network of up to 12 agents, 30 transactions and 6 ties.</summary>
    public static readonly Gen<TransactionNetwork> Network =
        Gen.Int[1, 12].SelectMany(agentCount =>
            Gen.Select(
                _agentShape.Array[agentCount],
                _text.Array[agentCount],
                Transaction(agentCount).Array[0, 30],
                Gen.Select(Gen.OneOf(_groupIds), _text.Null(0.5), Gen.Enum<GroupType>().Nullable(0.5), _attributes).Array[0, 3],
                Tie(agentCount).Array[0, 6])
            .Select((shapes, idTexts, transactions, groups, ties) => Build(shapes, idTexts, transactions, groups, ties)));

    private static Gen<(int Source, int Target, TieKind Kind, bool HasId, DateTimeOffset? Start, DateTimeOffset? End, IReadOnlyDictionary<string, string> Attributes)> Tie(int agents) =>
        Gen.Select(
            Gen.Int[0, agents - 1], Gen.Int[0, agents - 1], Gen.Enum<TieKind>(), Gen.Bool, _time, _time, _attributes,
            (source, target, kind, hasId, start, end, attributes) => (source, target, kind, hasId, start, end, attributes));

    private static Gen<(int Source, int Target, TransactionKind Kind, bool HasId, DateTimeOffset? Time, decimal? Amount, string? Currency, string? Country, string[] Route, int? Persons, double Weight, IReadOnlyDictionary<string, string> Attributes)> Transaction(int agents) =>
        Gen.Select(
            Gen.Int[0, agents - 1], Gen.Int[0, agents - 1], Gen.Enum<TransactionKind>(), Gen.Bool, _time, _amount,
            Gen.OneOf<string?>("EUR", "USD", null), _country, Gen.OneOf("TR", "GR", "IT").Array[0, 4],
            Gen.Int[0, QuantityLimits.MaxPersons].Nullable(0.5), _weight, _attributes,
            (source, target, kind, hasId, time, amount, currency, country, route, persons, weight, attributes) =>
                (source, target, kind, hasId, time, amount, currency, country, route, persons, weight, attributes));

    private static TransactionNetwork Build(
        Agent[] shapes,
        string[] idTexts,
        (int Source, int Target, TransactionKind Kind, bool HasId, DateTimeOffset? Time, decimal? Amount, string? Currency, string? Country, string[] Route, int? Persons, double Weight, IReadOnlyDictionary<string, string> Attributes)[] transactions,
        (string Id, string? Name, GroupType? Type, IReadOnlyDictionary<string, string> Attributes)[] groups,
        (int Source, int Target, TieKind Kind, bool HasId, DateTimeOffset? Start, DateTimeOffset? End, IReadOnlyDictionary<string, string> Attributes)[] ties)
    {
        var builder = new TransactionNetworkBuilder();
        foreach (var group in groups.DistinctBy(g => g.Id))
        {
            builder.AddGroup(new Group(group.Id) { Name = group.Name, Type = group.Type, Attributes = group.Attributes });
        }

        // Ids are unique (the index), with awkward text inside and no surrounding white space.
        var ids = idTexts.Select((text, i) => $"a{i}{text}x").ToArray();
        for (var i = 0; i < shapes.Length; i++)
        {
            builder.AddAgent(shapes[i] with { Id = ids[i] });
        }

        for (var i = 0; i < transactions.Length; i++)
        {
            var t = transactions[i];
            builder.AddTransaction(new Transaction(ids[t.Source], ids[t.Target], t.Kind)
            {
                Id = t.HasId ? $"t{i}" : null,
                Time = t.Time,
                Amount = t.Amount,
                Currency = t.Currency,
                Country = t.Country,
                Route = [.. t.Route],
                Persons = t.Persons,
                Weight = t.Weight,
                Attributes = t.Attributes,
            });
        }

        for (var i = 0; i < ties.Length; i++)
        {
            var t = ties[i];
            var (start, end) = t.Start > t.End ? (t.End, t.Start) : (t.Start, t.End);
            builder.AddTie(new Core.Tie(ids[t.Source], ids[t.Target], t.Kind) { Id = t.HasId ? $"tie{i}" : null, Start = start, End = end, Attributes = t.Attributes });
        }

        return builder.Build();
    }

    private static decimal Pow10(int scale)
    {
        var value = 1m;
        for (var i = 0; i < scale; i++)
        {
            value *= 10;
        }

        return value;
    }
}
