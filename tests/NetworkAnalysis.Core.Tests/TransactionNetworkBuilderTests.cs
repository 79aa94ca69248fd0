using NetworkAnalysis.Core;

namespace NetworkAnalysis.Core.Tests;

public class TransactionNetworkBuilderTests
{
    private static TransactionNetworkBuilder TwoAgents() =>
        new TransactionNetworkBuilder().AddAgent(new Agent("a", AgentKind.Person)).AddAgent(new Agent("b", AgentKind.Business));

    private static InputProblem SingleProblem(TransactionNetworkBuilder builder)
    {
        var act = () => builder.Build();
        return act.Should().Throw<InputFormatException>().Which.Problems.Should().ContainSingle().Subject;
    }

    [Test]
    public void Build_ValidRecords_KeepsOrderAndIndexes()
    {
        var network = TwoAgents()
            .AddAgent(new Agent("c", AgentKind.Victim))
            .AddTransaction(new Transaction("b", "c", TransactionKind.Exploitation))
            .AddTransaction(new Transaction("a", "b", TransactionKind.Payment))
            .AddTransaction(new Transaction("a", "b", TransactionKind.Payment))
            .AddTransaction(new Transaction("c", "c", TransactionKind.Communication))
            .Build();

        network.AgentCount.Should().Be(3);
        network.Agents.Select(a => a.Id).Should().Equal("a", "b", "c");
        network.IndexOf("b").Should().Be(1);
        network.IndexOf("B").Should().Be(-1);
        network.IndexOf("zz").Should().Be(-1);
        network.TransactionCount.Should().Be(4);
        network.TransactionSources.ToArray().Should().Equal(1, 0, 0, 2);
        network.TransactionTargets.ToArray().Should().Equal(2, 1, 1, 2);
        network.TryGetAgent("c", out var c).Should().BeTrue();
        c!.Kind.Should().Be(AgentKind.Victim);
        network.TryGetAgent("x", out _).Should().BeFalse();
        var get = () => network.GetAgent("x");
        get.Should().Throw<KeyNotFoundException>();
    }

    [Test]
    public void Build_TransactionsBeforeAgents_ResolveAtBuild()
    {
        var network = new TransactionNetworkBuilder()
            .AddTransaction(new Transaction("a", "b", TransactionKind.Fee))
            .AddAgent(new Agent("b", AgentKind.Person))
            .AddAgent(new Agent("a", AgentKind.Migrant))
            .Build();
        network.TransactionSources[0].Should().Be(1);
    }

    [Test]
    public void Build_IdsAndCodes_AreNormalised()
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent(" a ", AgentKind.Person) { Name = "", Country = " gr", Groups = [" g1 "], Attributes = new Dictionary<string, string> { ["empty"] = "", ["kept"] = "v" } })
            .AddTransaction(new Transaction("a ", "\ta", TransactionKind.Fee) { Id = " ", Currency = "eur", Country = "tr", Route = ["tr ", "Gr"] })
            .AddGroup(new Group(" g1") { Name = "" })
            .Build();

        var agent = network.Agents[0];
        agent.Id.Should().Be("a");
        agent.Name.Should().BeNull();
        agent.Country.Should().Be("GR");
        agent.Groups.Should().Equal("g1");
        agent.Attributes.Should().BeEquivalentTo(new Dictionary<string, string> { ["kept"] = "v" });
        var t = network.Transactions[0];
        (t.Source, t.Target, t.Id, t.Currency, t.Country).Should().Be(("a", "a", (string?)null, "EUR", "TR"));
        t.Route.Should().Equal("TR", "GR");
        network.Groups.Should().Equal(new Group("g1"));
    }

    [Test]
    public void Build_Groups_ExplicitFirstThenImplicitWithMembers()
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Person) { Groups = ["g2", "g1"] })
            .AddAgent(new Agent("b", AgentKind.Person) { Groups = ["g3"] })
            .AddAgent(new Agent("c", AgentKind.Person) { Groups = ["g1"] })
            .AddGroup(new Group("g1") { Name = "One", Type = GroupType.SmallEnterprise })
            .AddGroup(new Group("g9"))
            .Build();

        network.Groups.Select(g => g.Id).Should().Equal("g1", "g9", "g2", "g3");
        network.FindGroup("g1")!.Name.Should().Be("One");
        network.FindGroup("g2").Should().Be(new Group("g2"));
        network.FindGroup("nope").Should().BeNull();
        network.GroupMembers("g1").Should().Equal(0, 2);
        network.GroupMembers("g9").Should().BeEmpty();
        network.GroupMembers("nope").Should().BeEmpty();
        network.GroupIndexOf("g3").Should().Be(3);
    }

    [Test]
    public void Build_DuplicateAgentId_IsAProblem()
    {
        var p = SingleProblem(TwoAgents().AddAgent(new Agent("a", AgentKind.Official)));
        p.Should().Be(new InputProblem("agents", null, "id", "agent 3: duplicate agent id 'a'"));
    }

    [Test]
    public void Build_IdsDifferingInCase_AreDistinct()
    {
        TwoAgents().AddAgent(new Agent("A", AgentKind.Person)).Build().AgentCount.Should().Be(3);
    }

    [Test]
    public void Build_DuplicateTransactionId_IsAProblem()
    {
        var p = SingleProblem(TwoAgents()
            .AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Id = "t1" })
            .AddTransaction(new Transaction("a", "b", TransactionKind.Fee))
            .AddTransaction(new Transaction("b", "a", TransactionKind.Fee) { Id = "t1" }));
        p.Column.Should().Be("id");
        p.Message.Should().Be("transaction 3: duplicate transaction id 't1'");
    }

    [Test]
    public void Build_DuplicateGroupId_IsAProblem()
    {
        SingleProblem(TwoAgents().AddGroup(new Group("g")).AddGroup(new Group("g"))).Message.Should().Contain("duplicate group id 'g'");
    }

    [TestCase("x", "b", "source")]
    [TestCase("a", "x", "target")]
    public void Build_UnknownEndpoint_IsAProblem(string source, string target, string column)
    {
        var p = SingleProblem(TwoAgents().AddTransaction(new Transaction(source, target, TransactionKind.Fee)));
        p.Column.Should().Be(column);
        p.Message.Should().Contain("unknown agent 'x'");
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Build_BadWeight_IsAProblem(double weight)
    {
        SingleProblem(TwoAgents().AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Weight = weight })).Column.Should().Be("weight");
    }

    [Test]
    public void Build_NegativeAmountOrPersons_AreProblems()
    {
        SingleProblem(TwoAgents().AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Amount = -0.01m })).Column.Should().Be("amount");
        SingleProblem(TwoAgents().AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Persons = -1 })).Column.Should().Be("persons");
    }

    [Test]
    public void Build_BadCodeShapes_AreProblems()
    {
        SingleProblem(TwoAgents().AddAgent(new Agent("c", AgentKind.Person) { Country = "GRC" })).Column.Should().Be("country");
        SingleProblem(TwoAgents().AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Country = "G1" })).Column.Should().Be("country");
        SingleProblem(TwoAgents().AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Currency = "EU" })).Column.Should().Be("currency");
        SingleProblem(TwoAgents().AddTransaction(new Transaction("a", "b", TransactionKind.Fee) { Route = ["TR", "Greece"] })).Column.Should().Be("route");
    }

    [Test]
    public void Build_EmptyIdsAndBadGroupIds_AreProblems()
    {
        SingleProblem(TwoAgents().AddAgent(new Agent(" ", AgentKind.Person))).Column.Should().Be("id");
        SingleProblem(TwoAgents().AddGroup(new Group(""))).Column.Should().Be("id");
        SingleProblem(TwoAgents().AddGroup(new Group("a;b"))).Message.Should().Contain("';'");
        SingleProblem(TwoAgents().AddAgent(new Agent("c", AgentKind.Person) { Groups = ["g", "g"] })).Message.Should().Contain("listed twice");
        SingleProblem(TwoAgents().AddAgent(new Agent("c", AgentKind.Person) { Groups = ["a;b"] })).Column.Should().Be("groups");
    }

    [Test]
    public void Build_UndefinedEnumValues_AreProblems()
    {
        SingleProblem(TwoAgents().AddAgent(new Agent("c", (AgentKind)42))).Column.Should().Be("kind");
        SingleProblem(TwoAgents().AddTransaction(new Transaction("a", "b", (TransactionKind)42))).Column.Should().Be("kind");
    }

    [TestCase("kind")]
    [TestCase("Name")]
    [TestCase(" padded")]
    public void Build_AttributeNamesThatCannotBeColumns_AreProblems(string name)
    {
        var agent = new Agent("c", AgentKind.Person) { Attributes = new Dictionary<string, string> { [name] = "v" } };
        SingleProblem(TwoAgents().AddAgent(agent)).Column.Should().Be(name);
    }

    [Test]
    public void Build_ManyProblems_ListsTwentyAndCountsAll()
    {
        var builder = TwoAgents();
        for (var i = 0; i < 30; i++)
        {
            builder.AddTransaction(new Transaction("a", "zz" + i, TransactionKind.Fee) { Weight = -1 });
        }

        var act = () => builder.Build();
        var e = act.Should().Throw<InputFormatException>().Which;
        e.Problems.Should().HaveCount(20);
        e.TotalProblems.Should().Be(60);
        e.Message.Should().StartWith("60 problems").And.Contain("... and 40 more");
    }

    [Test]
    public void Empty_HasNothing()
    {
        TransactionNetwork.Empty.AgentCount.Should().Be(0);
        TransactionNetwork.Empty.TransactionSources.IsEmpty.Should().BeTrue();
        TransactionNetwork.Empty.Groups.Should().BeEmpty();
    }

    [Test]
    public void Build_Ties_ResolvesEndpointsInOrder()
    {
        var network = TwoAgents()
            .AddTie(new Tie(" b ", "a", TieKind.Ownership) { Id = " o1 " })
            .AddTie(new Tie("a", "b", TieKind.Family))
            .Build();
        network.TieCount.Should().Be(2);
        network.Ties[0].Should().Be(new Tie("b", "a", TieKind.Ownership) { Id = "o1" });
        network.TieSources.ToArray().Should().Equal(1, 0);
        network.TieTargets.ToArray().Should().Equal(0, 1);
        network.Ties[1].IsMutual.Should().BeTrue();
        network.Ties[0].IsMutual.Should().BeFalse();
    }

    [Test]
    public void Build_TieToUnknownAgent_IsAProblemOfTheTiesList()
    {
        var problem = SingleProblem(TwoAgents().AddTie(new Tie("a", "zz", TieKind.Membership)));
        problem.File.Should().Be("ties");
        problem.Column.Should().Be("target");
        problem.Message.Should().Be("tie 1: unknown agent 'zz'");
    }

    [Test]
    public void Build_TieEndingBeforeItStarts_IsAProblem()
    {
        var start = new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
        SingleProblem(TwoAgents().AddTie(new Tie("a", "b", TieKind.Employment) { Start = start, End = start.AddDays(-1) })).Column.Should().Be("end");
    }

    [Test]
    public void Build_DuplicateTieIdOrUndefinedKind_AreProblems()
    {
        SingleProblem(TwoAgents().AddTie(new Tie("a", "b", TieKind.Family) { Id = "x" }).AddTie(new Tie("b", "a", TieKind.Family) { Id = "x" }))
            .Message.Should().Contain("duplicate tie id 'x'");
        SingleProblem(TwoAgents().AddTie(new Tie("a", "b", (TieKind)99))).Column.Should().Be("kind");
    }
}
