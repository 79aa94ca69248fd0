using System.Collections.Immutable;
using CsCheck;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.IO.Tests.Dataset;

public class DatasetWriterTests
{
    private static TransactionNetwork RoundTrip(TransactionNetwork network)
    {
        using var folder = new TempFolder();
        var target = folder.File("out");
        DatasetWriter.Write(network, target);
        return DatasetReader.Read(target);
    }

    private static void ShouldBeEqual(TransactionNetwork actual, TransactionNetwork expected)
    {
        SameCase.Check(actual, expected);
        actual.Groups.Should().Equal(expected.Groups);
    }

    [Test]
    public void Write_NetworkWithoutTies_WritesNoTiesFileAndRemovesAStaleOne()
    {
        using var folder = new TempFolder();
        var target = folder.File("out");
        var withTies = DatasetReader.Read(ExampleDatasets.Tiny);
        withTies.TieCount.Should().BeGreaterThan(0);
        DatasetWriter.Write(withTies, target);
        File.Exists(Path.Combine(target, "ties.csv")).Should().BeTrue();

        var withoutTies = new TransactionNetworkBuilder().AddAgent(new Agent("a", AgentKind.Person)).Build();
        DatasetWriter.Write(withoutTies, target);
        File.Exists(Path.Combine(target, "ties.csv")).Should().BeFalse();
        DatasetReader.Read(target).TieCount.Should().Be(0);
    }

    [Test]
    public void Write_Ties_UsesTheDocumentedColumns()
    {
        using var folder = new TempFolder();
        var target = folder.File("out");
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Person))
            .AddAgent(new Agent("b", AgentKind.Business))
            .AddTie(new Tie("a", "b", TieKind.Ownership) { Id = "o1", Start = new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero), Attributes = new Dictionary<string, string> { ["percentage"] = "60" } })
            .AddTie(new Tie("b", "a", TieKind.Family))
            .Build();
        DatasetWriter.Write(network, target);
        File.ReadAllText(Path.Combine(target, "ties.csv")).Should().Be("id,source,target,kind,start,end,percentage\no1,a,b,ownership,2019-05-01,,60\n,b,a,family,,,\n");
    }

    [Test]
    public void Write_TinyExample_ReadsBackEqual()
    {
        var network = DatasetReader.Read(ExampleDatasets.Tiny);
        ShouldBeEqual(RoundTrip(network), network);
    }

    [Test]
    public void Write_HandMadeNetwork_ReadsBackEqual()
    {
        var network = new TransactionNetworkBuilder()
            .AddGroup(new Group("ring") { Name = "Ring \"East\", Ltd", Type = GroupType.Transnational, Attributes = new Dictionary<string, string> { ["since"] = "2019" } })
            .AddAgent(new Agent("a", AgentKind.Person)
            {
                Name = "שרה, \"the boss\"\nsecond line",
                Country = "IL",
                Groups = ["ring", "cell 2"],
                Functions = FunctionSet.Of(Function.Recruitment, Function.MoneyLaundering),
                Attributes = new Dictionary<string, string> { ["Case Ref"] = "X,1" },
            })
            .AddAgent(new Agent("b", AgentKind.Official) { Sphere = Sphere.Underworld, Name = "  padded  " })
            .AddAgent(new Agent("v", AgentKind.Victim) { Sensitivity = Sensitivity.Minor, Sphere = Sphere.Underworld })
            .AddAgent(new Agent("p", AgentKind.Person) { Sphere = Sphere.None })
            .AddTransaction(new Transaction("a", "b", TransactionKind.Bribe)
            {
                Id = "t1",
                Time = new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(-210)).AddTicks(1234567),
                Amount = 0.10m,
                Currency = "USD",
                Country = "IL",
                Route = ["IL", "JO"],
                Persons = 0,
                Weight = 1e-7,
            })
            .AddTransaction(new Transaction("a", "a", TransactionKind.Communication) { Time = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) })
            .AddTransaction(new Transaction("a", "b", TransactionKind.Bribe) { Weight = QuantityLimits.MaxWeight, Amount = QuantityLimits.MaxAmount })
            .AddTransaction(new Transaction("b", "v", TransactionKind.Exploitation) { Attributes = new Dictionary<string, string> { ["note"] = "\"q\"" } })
            .Build();

        ShouldBeEqual(RoundTrip(network), network);
    }

    [Test]
    public void Write_Output_QuotesOnlyWhenNeededAndUsesShortForms()
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Person) { Name = "Plain Name" })
            .AddAgent(new Agent("b", AgentKind.Business) { Name = "Smith, \"Jo\"" })
            .AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Time = new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), Amount = 1200.50m, Currency = "EUR" })
            .AddTransaction(new Transaction("b", "a", TransactionKind.Payment) { Time = new DateTimeOffset(2024, 3, 2, 10, 5, 0, TimeSpan.Zero), Weight = 2.5 })
            .AddTransaction(new Transaction("b", "a", TransactionKind.Payment) { Time = new DateTimeOffset(2024, 3, 2, 10, 5, 0, 250, TimeSpan.FromHours(2)) })
            .Build();
        using var folder = new TempFolder();

        DatasetWriter.Write(network, folder.Path);

        File.ReadAllText(folder.File("agents.csv")).Should().Be(
            "id,kind,name,sphere,country,groups,functions,sensitivity\n" +
            "a,person,Plain Name,,,,,\n" +
            "b,business,\"Smith, \"\"Jo\"\"\",,,,,\n");
        File.ReadAllText(folder.File("transactions.csv")).Should().Be(
            "id,source,target,kind,time,amount,currency,country,route,persons,weight\n" +
            ",a,b,fee,2024-03-02,1200.50,EUR,,,,\n" +
            ",b,a,payment,2024-03-02T10:05:00Z,,,,,,2.5\n" +
            ",b,a,payment,2024-03-02T10:05:00.25+02:00,,,,,,\n");
        File.ReadAllText(folder.File("groups.csv")).Should().Be("id,name,type\n");
        File.ReadAllBytes(folder.File("agents.csv")).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Test]
    public void Write_ExistingFolder_ReplacesDatasetFilesAndKeepsOthers()
    {
        using var folder = new TempFolder().With("agents.csv", "old").With("README.txt", "keep me");
        var network = DatasetReader.Read(ExampleDatasets.Tiny);

        DatasetWriter.Write(network, folder.Path);

        File.ReadAllText(folder.File("README.txt")).Should().Be("keep me");
        ShouldBeEqual(DatasetReader.Read(folder.Path), network);
        Directory.GetDirectories(Path.GetDirectoryName(folder.Path)!, $".{Path.GetFileName(folder.Path)}.tmp-*").Should().BeEmpty();
    }

    [Test]
    public void Write_NewFolder_IsCreatedWithoutLeftovers()
    {
        using var folder = new TempFolder();
        DatasetWriter.Write(TransactionNetwork.Empty, folder.File("nested/new"));
        Directory.GetFiles(folder.File("nested/new")).Select(Path.GetFileName).Should().BeEquivalentTo("agents.csv", "transactions.csv", "groups.csv");
        Directory.GetFileSystemEntries(folder.File("nested")).Should().ContainSingle();
        DatasetReader.Read(folder.File("nested/new")).AgentCount.Should().Be(0);
    }

    [Test]
    public void Write_AttributeNamesDifferingOnlyInCase_ThrowsAndLeavesTargetUntouched()
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Person) { Attributes = new Dictionary<string, string> { ["Note"] = "x" } })
            .AddAgent(new Agent("b", AgentKind.Person) { Attributes = new Dictionary<string, string> { ["note"] = "y" } })
            .Build();
        using var folder = new TempFolder().With("agents.csv", "old");

        var act = () => DatasetWriter.Write(network, folder.Path);

        act.Should().Throw<ArgumentException>().WithMessage("*differ only in case*");
        File.ReadAllText(folder.File("agents.csv")).Should().Be("old");
    }

    [Test]
    public void Write_GeneratedNetworks_ReadBackEqual()
    {
        Generators.Network.Sample(network => ShouldBeEqual(RoundTrip(network), network), iter: 150, seed: null);
    }
}
