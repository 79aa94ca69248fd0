using System.Collections.Immutable;
using CsCheck;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// CsCheck generators of transaction networks that stress the writers: Unicode and right-to-left text,
/// quotes, commas, tabs and line breaks in names and ids, self-loops, parallel edges, isolated nodes,
/// extreme weights (1e-300, the smallest subnormal, the largest double), every field of the model.
/// </summary>
internal static class NetworkGen
{
    private static readonly string[] Fragments =
    [
        "a", "Bob", "ß", "Ünïcödé", "محمد", "שלום", "\"q\"", "a,b", "x\ny", "t\tz", "r\r\nn", "<&>", "😀", "=1+1", " sp ",
        "'", "\\", "é", "中文", "-5", "@x", "+", ";", ">", "%", "*Arcs", "0", "1e5",
    ];

    private static readonly string[] ExtraNames = ["note", "Phone", "名前", "a b", "x-y", "label", "alias", "קוד", "value"];
    private static readonly string[] Countries = ["IT", "GR", "TR", "NG", "RO"];
    private static readonly string[] GroupIds = ["g1", "cell α", "Клан", "grp,2", "\"q\""];
    private static readonly string[] Currencies = ["EUR", "USD", "TRY"];
    private static readonly double[] Weights = [1.0, 0.5, 1e-300, double.Epsilon, QuantityLimits.MaxWeight, 1.0 / 3.0, 2.5e10, Math.PI, 7];

    /// <summary>Text of one to three fragments (never empty).</summary>
    public static readonly Gen<string> Text = Gen.Int[0, Fragments.Length - 1].Array[1, 3]
        .Select(ix => string.Concat(ix.Select(i => Fragments[i])));

    private static readonly Gen<IReadOnlyDictionary<string, string>> Extras =
        Gen.Select(Gen.Int[0, ExtraNames.Length - 1].ArrayUnique[0, 3], Text.Array[3],
            (names, values) => (IReadOnlyDictionary<string, string>)names.Select((n, i) => (ExtraNames[n], values[i])).ToDictionary(p => p.Item1, p => p.Item2));

    private static readonly Gen<string?> Country = Gen.Int[0, Countries.Length].Select(i => i < Countries.Length ? Countries[i] : null);

    private static readonly Gen<ImmutableArray<string>> Groups = Gen.Int[0, GroupIds.Length - 1].ArrayUnique[0, 2]
        .Select(ix => ix.Select(i => GroupIds[i]).ToImmutableArray());

    private static readonly Gen<Agent> AgentSpec = Gen.Select(
        Text, Gen.Bool, Text, Gen.Enum<AgentKind>(), Gen.Int[0, 3], Country, Groups, Gen.UInt[0, 4095], Gen.Int[0, 5], Extras,
        (id, hasName, name, kind, sphere, country, groups, mask, sensitivity, extras) => new Agent(id, kind)
        {
            Name = hasName ? name : null,
            Sphere = sphere < 3 ? (Sphere)sphere : Agent.DefaultSphere(kind),
            Country = country,
            Groups = groups,
            Functions = FunctionSet.FromMask(mask),
            Sensitivity = sensitivity <= 3 ? (Sensitivity)sensitivity : Sensitivity.None,
            Attributes = extras,
        });

    private static readonly Gen<DateTimeOffset?> Time = Gen.Select(Gen.Int[0, 2], Gen.Long[new DateTime(1900, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks], Gen.Int[-14 * 4, 14 * 4],
        (mode, ticks, quarters) => mode switch
        {
            0 => (DateTimeOffset?)null,
            1 => new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
            _ => new DateTimeOffset(ticks, TimeSpan.FromMinutes(quarters * 15)),
        });

    private static readonly Gen<Transaction> TransactionSpec = Gen.Select(
        Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Enum<TransactionKind>(), Gen.Int[0, Weights.Length], Gen.Double[0.001, 1e6], Time,
        Gen.Select(Gen.Bool, Gen.Long[0, 100_000_000_000], Gen.Int[0, 4]),
        Gen.Int[0, Currencies.Length], Country, Gen.Int[0, Countries.Length - 1].Array[0, 3], Gen.Int[-1, 500], Gen.Bool, Text, Extras,
        (s, t, kind, w, wRandom, time, amount, currency, country, route, persons, hasId, idText, extras) =>
            new Transaction(s.ToString(System.Globalization.CultureInfo.InvariantCulture), t.ToString(System.Globalization.CultureInfo.InvariantCulture), kind)
            {
                Weight = w < Weights.Length ? Weights[w] : wRandom,
                Time = time,
                Amount = amount.Item1 ? new decimal(amount.Item2) / (decimal)Math.Pow(10, amount.Item3) : null,
                Currency = currency < Currencies.Length ? Currencies[currency] : null,
                Country = country,
                Route = route.Select(i => Countries[i]).ToImmutableArray(),
                Persons = persons >= 0 ? persons : null,
                Id = hasId ? idText : null,
                Attributes = extras,
            });

    /// <summary>Networks of 0–12 agents and up to 25 transactions (endpoints chosen among the agents).</summary>
    public static readonly Gen<TransactionNetwork> Network = Gen.Select(AgentSpec.Array[0, 12], TransactionSpec.Array[0, 25], Build);

    /// <summary>Networks without sensitive agents (for formats compared with peers that know nothing of protection).</summary>
    public static readonly Gen<TransactionNetwork> PlainNetwork = Gen.Select(AgentSpec.Array[0, 12], TransactionSpec.Array[0, 25],
        (agents, transactions) => Build(agents.Select(a => a with { Sensitivity = Sensitivity.None }).ToArray(), transactions));

    /// <summary>The options that write everything as it is (reveal), for round trips.</summary>
    public static NetworkAnalysis.IO.Formats.FormatWriteOptions Reveal => new() { Protection = new IdentityProtection(reveal: true) };

    private static TransactionNetwork Build(Agent[] agents, Transaction[] transactions)
    {
        var builder = new TransactionNetworkBuilder();
        var ids = new string[agents.Length];
        for (var i = 0; i < agents.Length; i++)
        {
            // Ids are trimmed by the model; the suffix keeps them unique.
            ids[i] = (agents[i].Id + "#" + i).Trim();
            builder.AddAgent(agents[i] with { Id = ids[i] });
        }

        if (agents.Length > 0)
        {
            for (var e = 0; e < transactions.Length; e++)
            {
                var t = transactions[e];
                var source = ids[int.Parse(t.Source, System.Globalization.CultureInfo.InvariantCulture) % agents.Length];
                var target = ids[int.Parse(t.Target, System.Globalization.CultureInfo.InvariantCulture) % agents.Length];
                builder.AddTransaction(t with { Source = source, Target = target, Id = t.Id is null ? null : $"t{e}:{t.Id}".Trim() });
            }
        }

        return builder.Build();
    }
}
