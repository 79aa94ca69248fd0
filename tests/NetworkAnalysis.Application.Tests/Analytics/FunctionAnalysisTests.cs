using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class FunctionAnalysisTests
{
    [Test]
    public void Analyze_EmptyFunctionsColumn_InfersFromTransactionsWithEvidence()
    {
        var network = new TestCase()
            .Agent("driver").Agent("boss").Agent("payer").Agent("forger").Agent("washer").Agent("pimp").Agent("collector")
            .Agent("m1", AgentKind.Migrant).Agent("cop", AgentKind.Official).Agent("v1", AgentKind.Victim)
            .Tx("driver", "m1", TransactionKind.Transport, id: "tr1")
            .Tx("driver", "m1", TransactionKind.Transport, id: "tr2")
            .Tx("m1", "boss", TransactionKind.Fee, amount: 3000, id: "fee1")
            .Tx("payer", "cop", TransactionKind.Bribe, amount: 500)
            .Tx("forger", "m1", TransactionKind.Documents)
            .Tx("washer", "boss", TransactionKind.Laundering, amount: 100)
            .Tx("pimp", "v1", TransactionKind.Exploitation)
            .Tx("collector", "m1", TransactionKind.DebtCollection)
            .Build();
        var report = FunctionAnalysis.Analyze(network);
        var byId = report.Agents.ToDictionary(r => r.AgentId);

        byId["driver"].Effective.Mask.Should().Be(FunctionSet.Of(Function.Transport).Mask);
        byId["driver"].Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new FunctionEvidence(Function.Transport, TransactionKind.Transport, true, 2, ["tr1", "tr2"]));
        byId["boss"].Effective.Mask.Should().Be(FunctionSet.Of(Function.Coordination).Mask);
        byId["boss"].Evidence[0].Sends.Should().BeFalse();
        byId["boss"].Evidence[0].ToString().Should().Be("receives 1 fee transaction (fee1)");
        byId["payer"].Effective.Mask.Should().Be(FunctionSet.Of(Function.Corruption).Mask);
        byId["forger"].Effective.Mask.Should().Be(FunctionSet.Of(Function.DocumentForgery).Mask);
        byId["washer"].Effective.Mask.Should().Be(FunctionSet.Of(Function.MoneyLaundering).Mask);
        byId["pimp"].Effective.Mask.Should().Be(FunctionSet.Of(Function.Exploitation).Mask);
        byId["collector"].Effective.Mask.Should().Be(FunctionSet.Of(Function.DebtCollection).Mask);

        // Migrants, victims and the bribed official get nothing inferred.
        byId.Should().NotContainKeys("m1", "v1", "cop");
    }

    [Test]
    public void Analyze_DeclaredFunctions_WinOverInferenceUnlessAsked()
    {
        var network = new TestCase()
            .Agent("a", functions: "recruitment").Agent("m", AgentKind.Migrant)
            .Tx("a", "m", TransactionKind.Transport)
            .Build();
        var plain = FunctionAnalysis.Analyze(network).Agents.Single();
        plain.Effective.Mask.Should().Be(FunctionSet.Of(Function.Recruitment).Mask);
        plain.Inferred.IsEmpty.Should().BeTrue();

        var both = FunctionAnalysis.Analyze(network, new FunctionAnalysisOptions { InferWhenDeclared = true }).Agents.Single();
        both.Effective.Mask.Should().Be(FunctionSet.Of(Function.Recruitment, Function.Transport).Mask);
    }

    [Test]
    public void Analyze_GroupCoverage_SeparatesInHouseBoughtAndMissing()
    {
        // Group g: boss (coordination) and driver (transport, declared twice over: two drivers).
        // Outside: forger f deals with the boss; launderer w is two hops away (through f).
        var network = new TestCase()
            .Agent("boss", functions: "coordination", groups: "g")
            .Agent("d1", functions: "transport", groups: "g")
            .Agent("d2", functions: "transport", groups: "g")
            .Agent("f", functions: "document_forgery")
            .Agent("w", functions: "money_laundering")
            .Tx("boss", "d1").Tx("boss", "d2").Tx("f", "boss", TransactionKind.Documents).Tx("w", "f", TransactionKind.Laundering)
            .Build();
        var report = FunctionAnalysis.Analyze(network);
        var rows = report.Coverage.Where(r => r.GroupId == "g").ToDictionary(r => r.Function);

        rows[Function.Transport].Coverage.Should().Be(FunctionCoverage.InHouse);
        rows[Function.Transport].Redundancy.Should().Be(2);
        rows[Function.Transport].SinglePointOfFailure.Should().BeFalse();
        rows[Function.Coordination].SinglePointOfFailure.Should().BeTrue();
        rows[Function.DocumentForgery].Coverage.Should().Be(FunctionCoverage.Bought);
        rows[Function.DocumentForgery].Outside.Should().Equal("f");
        rows[Function.MoneyLaundering].Coverage.Should().Be(FunctionCoverage.Missing);
        rows[Function.Corruption].Coverage.Should().Be(FunctionCoverage.Missing);
        rows[Function.Corruption].Redundancy.Should().Be(0);

        var summary = report.Groups.Single();
        summary.Members.Should().Be(3);
        summary.InHouse.Mask.Should().Be(FunctionSet.Of(Function.Transport, Function.Coordination).Mask);
        summary.Bought.Mask.Should().Be(FunctionSet.Of(Function.DocumentForgery).Mask);
        summary.Missing.Contains(Function.MoneyLaundering).Should().BeTrue();
        summary.SinglePointsOfFailure.Select(s => s.ToString()).Should().Equal("document_forgery:f", "coordination:boss");

        // Two hops out, the launderer counts as a specialist the group can buy from.
        var wider = FunctionAnalysis.Analyze(network, new FunctionAnalysisOptions { MaxHops = 2 });
        wider.Coverage.Single(r => r.Function == Function.MoneyLaundering).Coverage.Should().Be(FunctionCoverage.Bought);
    }

    [Test]
    public void Analyze_MaxResults_TruncatesAndSaysSo()
    {
        var builder = new TestCase();
        for (var i = 0; i < 5; i++)
        {
            builder.Agent($"a{i}", functions: "transport");
        }

        var report = FunctionAnalysis.Analyze(builder.Build(), new FunctionAnalysisOptions { MaxResults = 3 });
        report.Agents.Should().HaveCount(3);
        report.Truncated.Should().BeTrue();
    }
}
