using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Classification;

public class GroupDiscoveryTests
{
    private static List<string[]> Ids(TransactionNetwork network, IReadOnlyList<CandidateGroup> groups) =>
        groups.Select(g => g.Members.Select(a => network.Agents[a].Id).ToArray()).ToList();

    [Test]
    public void Detect_TwoGroupsSharingAForger_GivesTwoGroupsWithTheForgerOutside()
    {
        var b = new TransactionNetworkBuilder();
        CaseBook.Clique(b, "a", 4, null);
        CaseBook.Clique(b, "c", 4, null);
        b.AddAgent(new Agent("forger", AgentKind.Person));
        CaseBook.Ties(b, "forger", "a0", TransactionKind.Documents, 3);
        CaseBook.Ties(b, "forger", "c0", TransactionKind.Documents, 3);
        var network = b.Build();

        var groups = GroupDiscovery.Detect(network);

        Ids(network, groups).Should().BeEquivalentTo(new[] { new[] { "a0", "a1", "a2", "a3" }, new[] { "c0", "c1", "c2", "c3" } });
        groups.Select(g => g.Id).Should().Equal("detected-1", "detected-2");
        groups.Should().OnlyContain(g => g.Origin == GroupOrigin.Detected);

        // The forger is an outside specialist of both: each group buys forgery.
        var indicators = GroupIndicators.ComputeAll(network, groups);
        indicators.Should().OnlyContain(i => i.BoughtOnlyServices.Contains(Function.DocumentForgery));
    }

    [Test]
    public void Detect_ACellCutOffFromItsGroupWithNoPeopleOfItsOwn_RejoinsIt_ASmallGroupWithItsOwnPeopleStays()
    {
        var b = new TransactionNetworkBuilder();
        CaseBook.Clique(b, "a", 8, null);
        CaseBook.Clique(b, "c", 2, null, ties: 4);
        CaseBook.Clique(b, "s", 2, null, ties: 4);
        foreach (var (x, y) in new[] { ("c0", "a0"), ("c1", "a1"), ("s0", "a2"), ("s1", "a3") })
        {
            CaseBook.Ties(b, x, y, TransactionKind.Communication, 1); // single calls: below MinimumTies
        }

        // The cell moves the group's migrant; the small group has a migrant of its own.
        b.AddAgent(new Agent("m1", AgentKind.Migrant));
        b.AddAgent(new Agent("m2", AgentKind.Migrant));
        CaseBook.Ties(b, "a4", "m1", TransactionKind.Recruitment, 1);
        CaseBook.Ties(b, "c0", "m1", TransactionKind.Transport, 1);
        CaseBook.Ties(b, "s0", "m2", TransactionKind.Recruitment, 1);
        CaseBook.Ties(b, "s1", "m2", TransactionKind.Transport, 1);
        var network = b.Build();

        var groups = GroupDiscovery.Detect(network);
        var without = GroupDiscovery.Detect(network, GroupDiscoveryOptions.Default with { FragmentSize = 0 });

        Ids(network, groups).Should().BeEquivalentTo(new[] { new[] { "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "c0", "c1" }, new[] { "s0", "s1" } });
        Ids(network, without).Should().HaveCount(3).And.ContainEquivalentOf(new[] { "c0", "c1" });
    }

    [Test]
    public void Detect_AForgerServingOneGroupOnly_JoinsIt()
    {
        var b = new TransactionNetworkBuilder();
        CaseBook.Clique(b, "a", 4, null);
        b.AddAgent(new Agent("forger", AgentKind.Person));
        CaseBook.Ties(b, "forger", "a0", TransactionKind.Documents, 3);
        CaseBook.Ties(b, "forger", "a1", TransactionKind.Documents, 3);
        var network = b.Build();

        var groups = GroupDiscovery.Detect(network);

        Ids(network, groups).Should().ContainSingle().Which.Should().Contain("forger");
    }

    [Test]
    public void Detect_UpperworldAndPeopleAreNeverMembers()
    {
        var b = new TransactionNetworkBuilder();
        CaseBook.Clique(b, "a", 3, null);
        b.AddAgent(new Agent("guard", AgentKind.Official));
        b.AddAgent(new Agent("firm", AgentKind.Business));
        b.AddAgent(new Agent("m", AgentKind.Migrant));
        foreach (var other in new[] { "guard", "firm", "m" })
        {
            CaseBook.Ties(b, "a0", other, TransactionKind.Payment, 5);
            CaseBook.Ties(b, "a1", other, TransactionKind.Payment, 5);
        }

        var network = b.Build();

        var groups = GroupDiscovery.Detect(network);

        Ids(network, groups).Should().ContainSingle().Which.Should().BeEquivalentTo("a0", "a1", "a2");
    }

    [Test]
    public void Detect_StrayContactsDoNotTie()
    {
        // x has one call with each member of the clique: not a member unless single contacts count.
        var b = new TransactionNetworkBuilder();
        CaseBook.Clique(b, "a", 4, null);
        b.AddAgent(new Agent("x", AgentKind.Person));
        for (var i = 0; i < 4; i++)
        {
            b.AddTransaction(new Transaction("x", $"a{i}", TransactionKind.Communication));
        }

        var network = b.Build();

        Ids(network, GroupDiscovery.Detect(network)).Should().ContainSingle().Which.Should().NotContain("x");
        Ids(network, GroupDiscovery.Detect(network, GroupDiscoveryOptions.Default with { MinimumTies = 1 })).Should().ContainSingle().Which.Should().Contain("x");
    }

    [Test]
    public void Detect_HalvesHandlingTheSameMigrants_AreOneGroup()
    {
        // Two recruiters and two transporters (the members linking them are missing) handle the same migrants.
        var b = new TransactionNetworkBuilder();
        CaseBook.Clique(b, "r", 2, null);
        CaseBook.Clique(b, "t", 2, null);
        for (var m = 0; m < 8; m++)
        {
            b.AddAgent(new Agent($"m{m}", AgentKind.Migrant));
            b.AddTransaction(new Transaction($"r{m % 2}", $"m{m}", TransactionKind.Recruitment));
            b.AddTransaction(new Transaction($"t{m / 4}", $"m{m}", TransactionKind.Transport));
        }

        var network = b.Build();

        GroupDiscovery.Detect(network).Should().ContainSingle().Which.Members.Should().HaveCount(4);
        GroupDiscovery.Detect(network, GroupDiscoveryOptions.Default with { PeopleTies = false }).Should().HaveCount(2);
    }

    [Test]
    public void Detect_AnEvenlyConnectedGroupIsNotCutIntoParts()
    {
        // A 12-member group where consecutive members also share victims: modularity alone cuts the ring
        // into arcs; the arcs deal with each other as much as within, so they are merged back.
        var network = CaseBook.TwoTypes(declareGroups: false);

        var groups = GroupDiscovery.Detect(network);

        Ids(network, groups).Should().ContainSingle(g => g.Contains("b0")).Which.Should().Contain(Enumerable.Range(0, 12).Select(i => $"b{i}"));
        GroupDiscovery.Detect(network, GroupDiscoveryOptions.Default with { MergeShare = 0 }).Count.Should().BeGreaterThan(groups.Count);
    }

    [Test]
    public void Detect_LouvainAndLeidenBothFindTheCliques()
    {
        var b = new TransactionNetworkBuilder();
        CaseBook.Clique(b, "a", 5, null);
        CaseBook.Clique(b, "c", 5, null);
        CaseBook.Ties(b, "a0", "c0", TransactionKind.Payment, 2);
        var network = b.Build();

        foreach (var method in new[] { CommunityMethod.Leiden, CommunityMethod.Louvain })
        {
            var groups = GroupDiscovery.Detect(network, GroupDiscoveryOptions.Default with { Method = method });
            Ids(network, groups).Should().BeEquivalentTo(new[] { new[] { "a0", "a1", "a2", "a3", "a4" }, new[] { "c0", "c1", "c2", "c3", "c4" } }, method.ToString());
        }
    }

    [Test]
    public void Detect_OtherMethods_AreRejected()
    {
        var act = () => GroupDiscovery.Detect(CaseBook.TwoTypes(), GroupDiscoveryOptions.Default with { Method = CommunityMethod.Wcc });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Detect_IsDeterministic()
    {
        var network = CaseBook.TwoTypes(declareGroups: false);

        var first = GroupDiscovery.Detect(network);
        var second = GroupDiscovery.Detect(network);

        second.Select(g => (g.Id, string.Join(',', g.Members))).Should().Equal(first.Select(g => (g.Id, string.Join(',', g.Members))));
    }

    [Test]
    public void Detect_NoOffenders_NoGroups()
    {
        var b = new TransactionNetworkBuilder();
        b.AddAgent(new Agent("m", AgentKind.Migrant));
        b.AddAgent(new Agent("f", AgentKind.Business));
        b.AddTransaction(new Transaction("m", "f", TransactionKind.Payment));

        GroupDiscovery.Detect(b.Build()).Should().BeEmpty();
    }
}
