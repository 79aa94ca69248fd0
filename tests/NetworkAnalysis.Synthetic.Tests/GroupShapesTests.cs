using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic.Tests;

/// <summary>The less typical group shapes the typology allows (issue 16), and that the defaults change nothing.</summary>
public class GroupShapesTests
{
    private static readonly CaseGeneratorOptions Small = new()
    {
        Groups = 8, TransnationalShare = 0, Scale = 0.1, Noise = 0, MissingMembers = 0, MissingFunctions = 0,
    };

    [Test]
    public void SmallLongLived_SmallGroupsSpanYearsButStaySporadic()
    {
        var network = CaseGenerator.Generate(Small with { Scale = 1, Shapes = GroupShapes.Default with { SmallLongLived = 1 } });

        foreach (var group in network.Groups)
        {
            var members = network.GroupMembers(group.Id).ToHashSet();
            var times = Enumerable.Range(0, network.TransactionCount)
                .Where(t => members.Contains(network.TransactionSources[t]) || members.Contains(network.TransactionTargets[t]))
                .Select(t => network.Transactions[t])
                .Where(t => t.Kind is not (TransactionKind.Communication or TransactionKind.Payment) && t.Time is not null)
                .Select(t => t.Time!.Value)
                .ToList();
            var spanMonths = (times.Max() - times.Min()).TotalDays / 30.4;
            var activeMonths = times.Select(t => (t.Year * 12) + t.Month).Distinct().Count();
            spanMonths.Should().BeGreaterThan(12, group.Id);
            activeMonths.Should().BeLessThan((int)spanMonths, group.Id + " works in bursts, not every month");
        }
    }

    [Test]
    public void SmallManyFunctions_MembersHarbourAndGuardThemselves()
    {
        var network = CaseGenerator.Generate(Small with { Shapes = GroupShapes.Default with { SmallManyFunctions = 1 } });

        foreach (var group in network.Groups)
        {
            var functions = network.GroupMembers(group.Id).Aggregate(FunctionSet.Empty, (s, a) => s.Union(network.Agents[a].Functions));
            functions.Contains(Function.Harbouring).Should().BeTrue(group.Id);
            functions.Contains(Function.Protection).Should().BeTrue(group.Id);
            network.GroupMembers(group.Id).Count.Should().BeLessThanOrEqualTo(16);
        }
    }

    [Test]
    public void DefaultShapes_GiveTheSameCaseAsNoShapesOption()
    {
        var explicitDefaults = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 6, Scale = 0.05, Shapes = new GroupShapes() });
        var plain = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 6, Scale = 0.05 });

        explicitDefaults.Transactions.Should().Equal(plain.Transactions);
    }

    [Test]
    public void Shapes_OutOfRange_Throws()
    {
        var act = () => CaseGenerator.Generate(Small with { Shapes = GroupShapes.Default with { SmallSteady = 1.5 } });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*SmallSteady*");
    }
}
