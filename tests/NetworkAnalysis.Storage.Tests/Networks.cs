using System.Collections.Immutable;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>The networks the conformance suite stores: every sample folder, the generator, and hand-made ones.</summary>
internal static class Networks
{
    private static readonly Lazy<TransactionNetwork> _generated = new(() => CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 6, Seed = 11 }));

    public static TransactionNetwork Generated => _generated.Value;

    public static IEnumerable<string> SampleFolders() =>
        Directory.GetDirectories(Path.Combine(SharedData.RepositoryRoot, "samples"))
            .Where(d => File.Exists(Path.Combine(d, "agents.csv")))
            .Order(StringComparer.Ordinal);

    public static TransactionNetwork Sample(string name) =>
        DatasetReader.Read(Path.Combine(SharedData.RepositoryRoot, "samples", name));

    public static TransactionNetwork MareNostrum => Sample("operation-mare-nostrum");

    /// <summary>
    /// <see cref="Small"/> plus ties of every kind: with and without ids, dates (one with an offset), open ends,
    /// attributes, a self-tie, and two ties between one pair.
    /// </summary>
    public static TransactionNetwork WithTies(string prefix = "")
    {
        var ties = new List<Tie>();
        var start = new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.FromHours(2));
        var kinds = Enum.GetValues<TieKind>();
        string[] ids = ["boss", "driver", "travel", "v1", "guard"];
        for (var i = 0; i < kinds.Length * 2; i++)
        {
            var kind = kinds[i % kinds.Length];
            ties.Add(new Tie(prefix + ids[i % ids.Length], prefix + ids[(i * 3 + 1) % ids.Length], kind)
            {
                Id = i % 3 == 2 ? null : $"{prefix}tie{i}",
                Start = i % 4 == 0 ? null : start.AddMonths(i),
                End = i % 5 == 1 ? start.AddMonths(i + 30) : null,
                Attributes = i % 2 == 0 ? new Dictionary<string, string> { ["percentage"] = $"{10 + i}" } : new Dictionary<string, string>(),
            });
        }

        ties.Add(new Tie(prefix + "boss", prefix + "boss", TieKind.Other) { Id = prefix + "self" });
        ties.Add(new Tie(prefix + "boss", prefix + "travel", TieKind.Ownership) { Id = prefix + "own-2", Start = start });
        return WithTies(Small(prefix), ties);
    }

    /// <summary><paramref name="network"/>'s agents, transactions and groups with <paramref name="ties"/> instead of its ties.</summary>
    public static TransactionNetwork WithTies(TransactionNetwork network, IEnumerable<Tie> ties)
    {
        var builder = new TransactionNetworkBuilder();
        foreach (var agent in network.Agents)
        {
            builder.AddAgent(agent);
        }

        foreach (var tx in network.Transactions)
        {
            builder.AddTransaction(tx);
        }

        foreach (var group in network.Groups)
        {
            builder.AddGroup(group);
        }

        foreach (var tie in ties)
        {
            builder.AddTie(tie);
        }

        return builder.Build();
    }

    /// <summary>A small network with every field set somewhere, sensitive agents and an untimed transaction.</summary>
    public static TransactionNetwork Small(string prefix = "", int transactions = 6)
    {
        var builder = new TransactionNetworkBuilder();
        builder.AddAgent(new Agent(prefix + "boss", AgentKind.Person)
        {
            Name = "The Boss",
            Country = "IT",
            Groups = ["ring"],
            Functions = FunctionSet.Of(Function.Coordination, Function.Financing),
            Attributes = new Dictionary<string, string> { ["alias"] = "B", ["note"] = "x,y" },
        });
        builder.AddAgent(new Agent(prefix + "driver", AgentKind.Person) { Name = "Driver", Groups = ["ring", "cell-2"], Functions = FunctionSet.Of(Function.Transport) });
        builder.AddAgent(new Agent(prefix + "travel", AgentKind.Business) { Name = "Travel Ltd" });
        builder.AddAgent(new Agent(prefix + "v1", AgentKind.Victim) { Name = "Victim One", Sensitivity = Sensitivity.Victim });
        builder.AddAgent(new Agent(prefix + "guard", AgentKind.Official) { Name = "Guard" });
        var start = new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(2));
        for (var i = 0; i < transactions; i++)
        {
            var from = (i % 3) switch { 0 => "boss", 1 => "driver", _ => "travel" };
            var to = (i % 4) switch { 0 => "driver", 1 => "v1", 2 => "guard", _ => "boss" };
            builder.AddTransaction(new Transaction(prefix + from, prefix + to, (TransactionKind)(i % 5))
            {
                Id = $"{prefix}t{i}",
                Time = i == 2 ? null : start.AddDays(i),
                Amount = i % 2 == 0 ? 100.50m + i : null,
                Currency = i % 2 == 0 ? "EUR" : null,
                Route = i == 1 ? ImmutableArray.Create("TR", "GR", "IT") : default,
                Persons = i == 3 ? 4 : null,
                Weight = 1 + (i * 0.25),
            });
        }

        builder.AddTransaction(new Transaction(prefix + "boss", prefix + "boss", TransactionKind.Payment) { Weight = 2 });
        builder.AddGroup(new Group("ring") { Name = "The Ring", Type = GroupType.Transnational, Attributes = new Dictionary<string, string> { ["since"] = "2019" } });
        return builder.Build();
    }
}
