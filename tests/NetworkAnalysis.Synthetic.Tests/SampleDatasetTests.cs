using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Synthetic.Tests;

/// <summary>The hand-made sample case in samples/operation-mare-nostrum reads and tells its story.</summary>
public class SampleDatasetTests
{
    private static readonly Lazy<TransactionNetwork> _sample = new(() =>
        DatasetReader.Read(Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum")));

    private static TransactionNetwork Sample => _sample.Value;

    [Test]
    public void Sample_Reads_WithEightyToHundredFiftyAgents()
    {
        Sample.AgentCount.Should().BeInRange(80, 150);
        Sample.TransactionCount.Should().BeGreaterThan(500);
    }

    [Test]
    public void Sample_HasOneGroupOfEachType()
    {
        Sample.Groups.Select(g => g.Type).Should().BeEquivalentTo(new GroupType?[] { GroupType.SmallEnterprise, GroupType.Transnational });
        var small = Sample.Groups.Single(g => g.Type == GroupType.SmallEnterprise);
        var large = Sample.Groups.Single(g => g.Type == GroupType.Transnational);
        Sample.GroupMembers(small.Id).Count.Should().BeInRange(3, 8);
        Sample.GroupMembers(large.Id).Count.Should().BeGreaterThan(15);
    }

    [Test]
    public void Sample_HasTheExpectedKindsAndSensitivities()
    {
        Sample.Transactions.Select(t => t.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<TransactionKind>());
        Sample.Agents.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<AgentKind>());
        Sample.Agents.Where(a => a.IsSensitive).Select(a => a.Sensitivity).Distinct()
            .Should().BeEquivalentTo(new[] { Sensitivity.Victim, Sensitivity.Witness, Sensitivity.Minor });
        Sample.Agents.Where(a => a.Kind == AgentKind.Victim).Should().OnlyContain(a => a.IsSensitive);
    }

    [Test]
    public void Sample_ForgerAndLaundererServeBothGroups()
    {
        var sources = Sample.TransactionSources.ToArray();
        var targets = Sample.TransactionTargets.ToArray();
        foreach (var function in new[] { Function.DocumentForgery, Function.MoneyLaundering })
        {
            var specialist = Enumerable.Range(0, Sample.AgentCount)
                .Single(a => Sample.Agents[a] is { Kind: AgentKind.Person, Groups.IsEmpty: true } agent && agent.Functions.Contains(function));
            var groups = Enumerable.Range(0, Sample.TransactionCount)
                .Where(i => sources[i] == specialist || targets[i] == specialist)
                .SelectMany(i => Sample.Agents[sources[i] == specialist ? targets[i] : sources[i]].Groups)
                .Distinct();
            groups.Should().HaveCount(2, $"the {function} specialist serves both groups");
        }
    }

    [Test]
    public void Sample_TransnationalGroupHasAnOfficialAndAFrontBusiness()
    {
        var large = Sample.Groups.Single(g => g.Type == GroupType.Transnational);
        var members = Sample.GroupMembers(large.Id);
        members.Should().Contain(m => Sample.Agents[m].Kind == AgentKind.Business, "a front business is listed with the group");
        var bribed = Enumerable.Range(0, Sample.TransactionCount)
            .Where(i => Sample.Transactions[i].Kind == TransactionKind.Bribe && members.Contains(Sample.TransactionSources[i]))
            .Select(i => Sample.Agents[Sample.TransactionTargets[i]].Kind);
        bribed.Should().Contain(AgentKind.Official);
    }
}
