using System.Collections.Immutable;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Core.Tests;

public class RecordTests
{
    [TestCase(AgentKind.Person, Sphere.Underworld)]
    [TestCase(AgentKind.Group, Sphere.Underworld)]
    [TestCase(AgentKind.Business, Sphere.Upperworld)]
    [TestCase(AgentKind.Official, Sphere.Upperworld)]
    [TestCase(AgentKind.Migrant, Sphere.None)]
    [TestCase(AgentKind.Victim, Sphere.None)]
    public void Agent_SphereDefaultsByKind(AgentKind kind, Sphere sphere)
    {
        Agent.DefaultSphere(kind).Should().Be(sphere);
        new Agent("x", kind).Sphere.Should().Be(sphere);
    }

    [Test]
    public void Agent_IsSensitive_WhenSensitivityIsSet()
    {
        new Agent("x", AgentKind.Victim).IsSensitive.Should().BeFalse();
        new Agent("x", AgentKind.Person) { Sensitivity = Sensitivity.Witness }.IsSensitive.Should().BeTrue();
    }

    [Test]
    public void Agent_Equality_ComparesGroupsAndAttributesByContent()
    {
        var a = new Agent("x", AgentKind.Person) { Groups = ["g1", "g2"], Attributes = new Dictionary<string, string> { ["k"] = "v", ["l"] = "w" } };
        var b = new Agent("x", AgentKind.Person) { Groups = ImmutableArray.Create("g1", "g2"), Attributes = new SortedDictionary<string, string> { ["l"] = "w", ["k"] = "v" } };
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(b with { Groups = ["g2", "g1"] });
        a.Should().NotBe(b with { Attributes = new Dictionary<string, string> { ["k"] = "v" } });
    }

    [Test]
    public void Agent_DefaultCollections_ReadAsEmpty()
    {
        var a = new Agent("x", AgentKind.Person) { Groups = default, Attributes = null! };
        a.Groups.IsDefault.Should().BeFalse();
        a.Groups.Should().BeEmpty();
        a.Attributes.Should().BeEmpty();
    }

    [Test]
    public void Agent_ToString_HidesSensitiveIdAndName()
    {
        var victim = new Agent("maria-lopez", AgentKind.Victim) { Name = "Maria Lopez", Sensitivity = Sensitivity.Victim };
        victim.ToString().Should().NotContain("maria").And.NotContain("Maria").And.Contain("<protected>");
        new Agent("boss", AgentKind.Person) { Name = "Emre" }.ToString().Should().Contain("boss").And.Contain("Emre");
    }

    [Test]
    public void Agent_NullId_Throws()
    {
        var act = () => new Agent(null!, AgentKind.Person);
        act.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Transaction_Defaults_WeightOneAndEmptyRoute()
    {
        var t = new Transaction("a", "b", TransactionKind.Fee);
        t.Weight.Should().Be(1.0);
        t.Route.Should().BeEmpty();
        t.Attributes.Should().BeEmpty();
        t.Id.Should().BeNull();
    }

    [Test]
    public void Transaction_Equality_ComparesRouteByContent()
    {
        var a = new Transaction("a", "b", TransactionKind.Transport) { Route = ["TR", "GR"], Time = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var b = new Transaction("a", "b", TransactionKind.Transport) { Route = ImmutableArray.Create("TR", "GR"), Time = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(b with { Route = ["GR", "TR"] });
        a.Should().NotBe(b with { Weight = 2 });
    }

    [Test]
    public void Group_Equality_ComparesAttributesByContent()
    {
        var a = new Group("g") { Name = "G", Type = GroupType.Transnational, Attributes = new Dictionary<string, string> { ["k"] = "v" } };
        a.Should().Be(new Group("g") { Name = "G", Type = GroupType.Transnational, Attributes = new Dictionary<string, string> { ["k"] = "v" } });
        a.Should().NotBe(a with { Type = GroupType.SmallEnterprise });
    }

    [Test]
    public void InputProblem_ToString_LeavesOutMissingParts()
    {
        new InputProblem("data/agents.csv", 12, "kind", "unknown agent kind 'persn'").ToString().Should().Be("data/agents.csv:12: column 'kind': unknown agent kind 'persn'");
        new InputProblem("data/agents.csv", 12, null, "bad").ToString().Should().Be("data/agents.csv:12: bad");
        new InputProblem("data/agents.csv", null, null, "required file is missing").ToString().Should().Be("data/agents.csv: required file is missing");
        new InputProblem("agents", null, "id", "dup").ToString().Should().Be("agents: column 'id': dup");
    }

    [Test]
    public void InputFormatException_ManyProblems_ListsTwentyAndStatesTheTotal()
    {
        var problems = Enumerable.Range(1, 25).Select(i => new InputProblem("f.csv", i, "c", "bad " + i)).ToList();

        var e = new InputFormatException(problems, 31);

        e.Problems.Should().HaveCount(20);
        e.TotalProblems.Should().Be(31);
        e.Message.Should().StartWith("31 problems in the input:");
        e.Message.Should().Contain("f.csv:20: column 'c': bad 20").And.NotContain("bad 21").And.Contain("... and 11 more");
    }

    [Test]
    public void InputFormatException_OneProblem_SaysOne()
    {
        var e = new InputFormatException(new InputProblem("f.csv", 3, null, "oops"));
        e.Message.Should().Be("1 problem in the input:\n  f.csv:3: oops");
        e.TotalProblems.Should().Be(1);
    }
}
