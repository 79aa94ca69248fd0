using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class MoneyAnalysisTests
{
    [Test]
    public void Trace_LaundererWhoReceives10000AndForwards12000_PassesOnOnly10000()
    {
        var network = new TestCase().Agents("boss", "washer", "shell", "other")
            .Tx("other", "washer", TransactionKind.Payment, day: 0, amount: 50_000, currency: "EUR")
            .Tx("boss", "washer", TransactionKind.Payment, day: 1, amount: 10_000, currency: "EUR", id: "p1")
            .Tx("washer", "shell", TransactionKind.Laundering, day: 2, amount: 12_000, currency: "EUR", id: "l1")
            .Build();
        var report = MoneyAnalysis.Trace(network, "boss");
        report.Direction.Should().Be("forward");
        report.Agents.Select(a => (a.AgentId, a.Hops, a.Reached, a.Forwarded)).Should().Equal(
            ("boss", 0, 0m, 10_000m), ("washer", 1, 10_000m, 10_000m), ("shell", 2, 10_000m, 0m));
        report.Flows.Select(f => (f.TransactionId, f.Amount, f.Traced, f.Hop)).Should().Equal(("p1", 10_000m, 10_000m, 1), ("l1", 12_000m, 10_000m, 2));
        report.Currencies.Should().Equal("EUR");
        report.Transactions.Should().Be(3);
    }

    [Test]
    public void Trace_Backward_ExplainsReceiptsByEarlierSenders()
    {
        var network = new TestCase().Agents("a", "d", "washer", "shell")
            .Tx("d", "washer", TransactionKind.Payment, day: 0, amount: 5_000)
            .Tx("a", "washer", TransactionKind.Payment, day: 1, amount: 10_000)
            .Tx("washer", "shell", TransactionKind.Laundering, day: 2, amount: 12_000)
            .Build();
        var report = MoneyAnalysis.Trace(network, "shell", new MoneyTraceOptions { Direction = TraceDirection.Backward });
        var rows = report.Agents.ToDictionary(r => r.AgentId);
        rows["washer"].Reached.Should().Be(12_000);
        rows["a"].Reached.Should().Be(10_000);
        rows["d"].Reached.Should().Be(2_000);
    }

    [Test]
    public void Trace_WindowHopsAndKinds_LimitTheTrace()
    {
        var network = new TestCase().Agents("a", "b", "c", "d")
            .Tx("a", "b", TransactionKind.Payment, day: 1, amount: 100)
            .Tx("b", "c", TransactionKind.Payment, day: 2, amount: 100)
            .Tx("c", "d", TransactionKind.Communication, day: 3, amount: 100)
            .Tx("b", "d", TransactionKind.Payment, day: 30, amount: 100)
            .Tx("a", "c", TransactionKind.Fee, day: null, amount: 5)
            .Build();
        var oneHop = MoneyAnalysis.Trace(network, "a", new MoneyTraceOptions { MaxHops = 1 });
        oneHop.Agents.Select(r => r.AgentId).Should().Equal("a", "b");
        oneHop.SkippedWithoutTimeOrAmount.Should().Be(1);

        var early = MoneyAnalysis.Trace(network, "a", new MoneyTraceOptions { To = TestCase.At(10) });
        early.Agents.Select(r => r.AgentId).Should().Equal("a", "b", "c");
    }

    [Test]
    public void Cycles_FindLayeringLoopsWithAmountsAndTimeOrder()
    {
        var network = new TestCase().Agents("a", "b", "c", "x", "y")
            .Tx("a", "b", TransactionKind.Laundering, day: 1, amount: 9_000)
            .Tx("b", "c", TransactionKind.Laundering, day: 2, amount: 8_500)
            .Tx("c", "a", TransactionKind.Payment, day: 3, amount: 8_000)
            .Tx("x", "y", TransactionKind.Payment, day: 5, amount: 100)
            .Tx("y", "x", TransactionKind.Payment, day: 4, amount: 90)
            .Tx("x", "y", TransactionKind.Communication, day: 6)
            .Build();
        var report = MoneyAnalysis.Cycles(network);
        report.CyclesFound.Should().Be(2);
        report.Currencies.Should().Equal("?");
        var big = report.Cycles[0];
        big.AgentIds.Should().Equal("a", "b", "c");
        big.Bottleneck.Should().Be(8_000);
        big.Total.Should().Be(25_500);
        big.Transactions.Should().Be(3);
        big.TimeOrdered.Should().BeTrue();
        big.Start.Should().Be(TestCase.At(1));
        big.End.Should().Be(TestCase.At(3));

        // y→x (day 4) then x→y (day 5): the round trip starts at y.
        var small = report.Cycles[1];
        small.AgentIds.Should().Equal("y", "x");
        small.Bottleneck.Should().Be(90);
        small.TimeOrdered.Should().BeTrue();
    }

    [Test]
    public void Cycles_TimeOrderedOnly_DropsLoopsThatGoBackInTime()
    {
        var network = new TestCase().Agents("a", "b", "c")
            .Tx("a", "b", TransactionKind.Payment, day: 3, amount: 10)
            .Tx("b", "c", TransactionKind.Payment, day: 2, amount: 10)
            .Tx("c", "a", TransactionKind.Payment, day: 1, amount: 10)
            .Build();

        // Every rotation needs a step back in time: a→b (3) b→c (2); b→c (2) c→a (1); c→a (1) a→b (3) b→c (2).
        MoneyAnalysis.Cycles(network).Cycles.Single().TimeOrdered.Should().BeFalse();
        MoneyAnalysis.Cycles(network, new MoneyCycleOptions { TimeOrderedOnly = true }).Cycles.Should().BeEmpty();
        MoneyAnalysis.Cycles(network, new MoneyCycleOptions { MaxHops = 2 }).Cycles.Should().BeEmpty();
    }
}
