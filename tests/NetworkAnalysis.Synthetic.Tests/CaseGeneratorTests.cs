using NetworkAnalysis.Synthetic;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.Synthetic.Tests;

public class CaseGeneratorTests
{
    private static readonly CaseGeneratorOptions Small = new() { Groups = 8, Seed = 42 };

    [Test]
    public void Generate_SameSeed_GivesEqualNetworks()
    {
        var a = CaseGenerator.Generate(Small);
        var b = CaseGenerator.Generate(Small);

        a.Agents.Should().Equal(b.Agents);
        a.Transactions.Should().Equal(b.Transactions);
        a.Groups.Should().Equal(b.Groups);
    }

    [Test]
    public void Generate_SameSeed_WritesByteIdenticalDatasets()
    {
        var root = Path.Combine(Path.GetTempPath(), "netan-gen-" + Guid.NewGuid().ToString("N"));
        try
        {
            DatasetWriter.Write(CaseGenerator.Generate(Small), Path.Combine(root, "a"));
            DatasetWriter.Write(CaseGenerator.Generate(Small), Path.Combine(root, "b"));

            foreach (var file in new[] { DatasetFiles.Agents, DatasetFiles.Transactions, DatasetFiles.Groups })
            {
                File.ReadAllBytes(Path.Combine(root, "a", file)).Should().Equal(File.ReadAllBytes(Path.Combine(root, "b", file)), file);
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Test]
    public void Generate_DifferentSeed_GivesDifferentNetworks()
    {
        var a = CaseGenerator.Generate(Small);
        var b = CaseGenerator.Generate(Small with { Seed = 43 });

        a.Transactions.Should().NotEqual(b.Transactions);
        a.Agents.Select(x => x.Name).Should().NotEqual(b.Agents.Select(x => x.Name));
    }

    [Test]
    public void Generate_Dataset_ReadsBackEqual()
    {
        var network = CaseGenerator.Generate(Small);
        var folder = Path.Combine(Path.GetTempPath(), "netan-gen-" + Guid.NewGuid().ToString("N"));
        try
        {
            DatasetWriter.Write(network, folder);
            var read = DatasetReader.Read(folder);

            read.Agents.Should().Equal(network.Agents);
            read.Transactions.Should().Equal(network.Transactions);
            read.Groups.Should().Equal(network.Groups);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public void Generate_Defaults_UsesEveryKindFunctionAndSensitivity()
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Seed = 3, MissingFunctions = 0 });

        network.Transactions.Select(t => t.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<TransactionKind>());
        network.Agents.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<AgentKind>());
        network.Agents.Aggregate(FunctionSet.Empty, (s, a) => s.Union(a.Functions)).Mask.Should().Be(FunctionSet.All.Mask);
        network.Agents.Select(a => a.Sensitivity).Distinct().Should().BeEquivalentTo(Enum.GetValues<Sensitivity>());
        network.Agents.Where(a => a.Kind == AgentKind.Victim).Should().OnlyContain(a => a.IsSensitive, "every victim's identity is protected");
    }

    [Test]
    public void Generate_Transactions_AreInTimeOrderWithinTheSpan()
    {
        var options = Small with { Span = TimeSpan.FromDays(400) };
        var network = CaseGenerator.Generate(options);
        var times = network.Transactions.Select(t => t.Time!.Value).ToList();

        times.Should().BeInAscendingOrder();
        times.Should().OnlyContain(t => t >= options.Start && t < options.Start + options.Span);
    }

    [Test]
    public void Generate_Amounts_HaveACurrencyAndRoutesKnownCountries()
    {
        var network = CaseGenerator.Generate(Small);

        network.Transactions.Where(t => t.Amount is not null).Should().OnlyContain(t => t.Currency != null && t.Amount > 0);
        network.Transactions.Where(t => t.Amount is null).Should().OnlyContain(t => t.Currency == null);
        var known = Geography.Countries.Select(c => c.Code).ToHashSet();
        network.Transactions.SelectMany(t => t.Route).Should().OnlyContain(c => known.Contains(c));
        network.Transactions.Where(t => t.Kind == TransactionKind.Fee).Should().OnlyContain(t => t.Amount != null);
    }

    [TestCase(10, 0.4, 4)]
    [TestCase(7, 0.0, 0)]
    [TestCase(5, 1.0, 5)]
    public void Generate_TransnationalShare_SetsTheNumberOfEachType(int groups, double share, int transnational)
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = groups, TransnationalShare = share, Seed = 5 });

        network.Groups.Should().HaveCount(groups);
        network.Groups.Count(g => g.Type == GroupType.Transnational).Should().Be(transnational);
        network.Groups.Count(g => g.Type == GroupType.SmallEnterprise).Should().Be(groups - transnational);
        network.Groups.Should().OnlyContain(g => g.Name != null).And.OnlyHaveUniqueItems(g => g.Name);
    }

    [Test]
    public void Generate_LabelsMembership_HasGroupsWithoutTypes()
    {
        var network = CaseGenerator.Generate(Small with { Labels = GroupLabels.Membership });

        network.Groups.Should().HaveCount(Small.Groups).And.OnlyContain(g => g.Type == null);
        network.Agents.Should().Contain(a => !a.Groups.IsEmpty);
    }

    [Test]
    public void Generate_LabelsNone_HasNoGroups()
    {
        var network = CaseGenerator.Generate(Small with { Labels = GroupLabels.None });

        network.Groups.Should().BeEmpty();
        network.Agents.Should().OnlyContain(a => a.Groups.IsEmpty);
    }

    [Test]
    public void Generate_MissingMembers_LeavesOutAboutThatShareOfMembers()
    {
        var full = CaseGenerator.Generate(Small with { Groups = 20, MissingMembers = 0 });
        var partial = CaseGenerator.Generate(Small with { Groups = 20, MissingMembers = 0.3 });

        var before = full.Agents.Count(a => !a.Groups.IsEmpty);
        var after = partial.Agents.Count(a => !a.Groups.IsEmpty);
        ((double)after / before).Should().BeInRange(0.6, 0.8);
        partial.TransactionCount.Should().BeLessThan(full.TransactionCount);
        partial.Groups.Should().OnlyContain(g => partial.GroupMembers(g.Id).Count >= 2);
    }

    [Test]
    public void Generate_MissingFunctions_EmptiesAboutThatShareOfFunctionCells()
    {
        var full = CaseGenerator.Generate(Small with { MissingFunctions = 0 });
        var partial = CaseGenerator.Generate(Small with { MissingFunctions = 0.5 });

        var before = full.Agents.Count(a => !a.Functions.IsEmpty);
        var after = partial.Agents.Count(a => !a.Functions.IsEmpty);
        ((double)after / before).Should().BeInRange(0.4, 0.6);
        partial.AgentCount.Should().Be(full.AgentCount, "only the cells are emptied");
    }

    [Test]
    public void Generate_Noise_LosesAndAddsTransactions()
    {
        var clean = CaseGenerator.Generate(Small with { Noise = 0, MissingMembers = 0 });
        var noisy = CaseGenerator.Generate(Small with { Noise = 0.4, MissingMembers = 0 });

        // 20% lost, about 20% added: the total stays near, the content changes.
        ((double)noisy.TransactionCount / clean.TransactionCount).Should().BeInRange(0.9, 1.1);
        // Ids differ between the two (fewer agents, another shuffle); names and times identify transactions.
        var cleanSet = clean.Transactions.Select(t => Key(clean, t)).ToHashSet();
        var kept = noisy.Transactions.Count(t => cleanSet.Contains(Key(noisy, t)));
        ((double)kept / noisy.TransactionCount).Should().BeInRange(0.6, 0.85);
    }

    private static (string?, string?, TransactionKind, DateTimeOffset?) Key(TransactionNetwork n, Transaction t) =>
        (n.GetAgent(t.Source).Name, n.GetAgent(t.Target).Name, t.Kind, t.Time);

    [TestCase(nameof(CaseGeneratorOptions.Groups))]
    [TestCase(nameof(CaseGeneratorOptions.TransnationalShare))]
    [TestCase(nameof(CaseGeneratorOptions.Noise))]
    [TestCase(nameof(CaseGeneratorOptions.MissingMembers))]
    [TestCase(nameof(CaseGeneratorOptions.MissingFunctions))]
    [TestCase(nameof(CaseGeneratorOptions.Span))]
    [TestCase(nameof(CaseGeneratorOptions.Scale))]
    public void Generate_OptionOutOfRange_Throws(string option)
    {
        var options = option switch
        {
            nameof(CaseGeneratorOptions.Groups) => Small with { Groups = 0 },
            nameof(CaseGeneratorOptions.TransnationalShare) => Small with { TransnationalShare = 1.5 },
            nameof(CaseGeneratorOptions.Noise) => Small with { Noise = -0.1 },
            nameof(CaseGeneratorOptions.MissingMembers) => Small with { MissingMembers = 1 },
            nameof(CaseGeneratorOptions.MissingFunctions) => Small with { MissingFunctions = double.NaN },
            nameof(CaseGeneratorOptions.Span) => Small with { Span = TimeSpan.FromDays(30) },
            _ => Small with { Scale = 0 },
        };

        var act = () => CaseGenerator.Generate(options);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(option);
    }

    [Test]
    public void Generate_OneGroup_Works()
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 1, Seed = 9 });

        network.Groups.Should().ContainSingle();
        network.TransactionCount.Should().BePositive();
    }

    [Test]
    public void Generate_Ids_DoNotRevealGroupsOrTypes()
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 30, Seed = 8 });

        // Members of one group are spread over the agent list, not listed together.
        var members = network.GroupMembers(network.Groups[0].Id);
        (members[^1] - members[0]).Should().BeGreaterThan(network.AgentCount / 4);
        // The types are not in id order.
        var types = network.Groups.Select(g => g.Type).ToList();
        types.Should().NotBeInAscendingOrder().And.NotBeInDescendingOrder();
        network.Agents.Should().OnlyContain(a => a.Id.StartsWith('A'));
    }
}
