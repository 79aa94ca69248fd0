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
