using NetworkAnalysis.Engine.Temporal;

namespace NetworkAnalysis.Engine.Tests.Temporal;

public class MoneyFlowTests
{
    private static TimedEdges Edges(int n, params (int S, int T, long Time, double Amount)[] edges) =>
        TimedEdges.Create(n, edges.Select(e => e.S).ToArray(), edges.Select(e => e.T).ToArray(), edges.Select(e => e.Time).ToArray(), edges.Select(e => e.Amount).ToArray());

    [Test]
    public void Trace_LaundererForwardsMoreThanReceived_PassesOnOnlyWhatItGot()
    {
        // A=0 pays launderer L=1 10,000 at t=1; L sends 12,000 to B=2 at t=2.
        var edges = Edges(3, (0, 1, 1, 10_000), (1, 2, 2, 12_000));
        var flow = MoneyFlow.Trace(edges, 0);
        flow.Reached[1].Should().Be(10_000);
        flow.Forwarded[1].Should().Be(10_000);
        flow.Reached[2].Should().Be(10_000);
        flow.EdgeAmounts.Should().Equal(10_000, 10_000);
        flow.Hops.Should().Equal(0, 1, 2);
        flow.EdgeHops.Should().Equal(1, 2);
    }

    [Test]
    public void Trace_TransferBeforeReceipt_CarriesNothing()
    {
        var edges = Edges(3, (1, 2, 0, 5_000), (0, 1, 1, 10_000));
        var flow = MoneyFlow.Trace(edges, 0);
        flow.Reached[2].Should().Be(0);
        flow.Hops[2].Should().Be(-1);
        flow.Reached[1].Should().Be(10_000);
    }

    [Test]
    public void Trace_HopLimit_StopsMoney()
    {
        var edges = Edges(4, (0, 1, 1, 100), (1, 2, 2, 100), (2, 3, 3, 100));
        var flow = MoneyFlow.Trace(edges, 0, new MoneyFlowOptions { MaxHops = 2 });
        flow.Reached[2].Should().Be(100);
        flow.Reached[3].Should().Be(0);
    }

    [Test]
    public void Trace_InitialAmount_LimitsWhatTheOriginSends()
    {
        var edges = Edges(3, (0, 1, 1, 700), (0, 2, 2, 700));
        var flow = MoneyFlow.Trace(edges, 0, new MoneyFlowOptions { InitialAmount = 1000 });
        flow.Reached[1].Should().Be(700);
        flow.Reached[2].Should().Be(300);
    }

    [Test]
    public void Trace_Backward_AttributesReceiptsToEarlierSenders()
    {
        // D=3 → L=1 5,000 at t0; A=0 → L 10,000 at t1; L → B=2 12,000 at t2. Where did B's money come from?
        var edges = Edges(4, (3, 1, 0, 5_000), (0, 1, 1, 10_000), (1, 2, 2, 12_000));
        var flow = MoneyFlow.Trace(edges, 2, new MoneyFlowOptions { Direction = Direction.In });
        flow.Reached[1].Should().Be(12_000);
        flow.Reached[0].Should().Be(10_000);  // the latest receipt before the payment explains it first
        flow.Reached[3].Should().Be(2_000);
        flow.Forwarded[1].Should().Be(12_000);
        flow.Hops.Should().Equal(2, 1, 0, 2);
    }

    [Test]
    public void Trace_Window_IgnoresTransfersOutside()
    {
        var edges = Edges(3, (0, 1, 1, 100), (1, 2, 50, 100));
        MoneyFlow.Trace(edges, 0, new MoneyFlowOptions { Window = new TimeWindow(0, 10) }).Reached[2].Should().Be(0);
        MoneyFlow.Trace(edges, 0, new MoneyFlowOptions { Window = new TimeWindow(0, 100) }).Reached[2].Should().Be(100);
    }

    [Test]
    public void Trace_UnknownAmounts_CarryNothing()
    {
        var edges = Edges(3, (0, 1, 1, double.NaN), (0, 2, 2, 5));
        var flow = MoneyFlow.Trace(edges, 0);
        flow.Reached[1].Should().Be(0);
        flow.Reached[2].Should().Be(5);
    }

    [Test]
    public void Trace_RandomTransfers_ConservesAmountsAndMatchesSingleBalanceModel([Values] bool backward)
    {
        var rng = new Random(21);
        for (var seed = 0; seed < 100; seed++)
        {
            var n = 3 + rng.Next(8);
            var m = rng.Next(40);
            var s = new int[m];
            var t = new int[m];
            var time = new long[m];
            var amount = new double[m];
            for (var e = 0; e < m; e++)
            {
                s[e] = rng.Next(n);
                t[e] = rng.Next(n);
                time[e] = rng.Next(20);
                amount[e] = rng.Next(1, 50) * 100;
            }

            var edges = TimedEdges.Create(n, s, t, time, amount);
            var origin = rng.Next(n);
            var initial = rng.Next(2) == 0 ? double.PositiveInfinity : rng.Next(1, 80) * 100;
            var options = new MoneyFlowOptions { Direction = backward ? Direction.In : Direction.Out, MaxHops = MoneyFlow.MaxHopLimit, InitialAmount = initial };
            var flow = MoneyFlow.Trace(edges, origin, options);

            // With a hop limit that never binds, the per-hop bookkeeping must agree with one balance per node.
            var expected = SingleBalance(edges, origin, backward, initial);
            for (var e = 0; e < m; e++)
            {
                flow.EdgeAmounts[e].Should().BeApproximately(expected[e], 1e-6, $"seed {seed}, edge {e}");
                flow.EdgeAmounts[e].Should().BeLessThanOrEqualTo(edges.Amounts[e]);
            }

            for (var v = 0; v < n; v++)
            {
                var into = Enumerable.Range(0, m).Where(e => (backward ? edges.Sources[e] : edges.Targets[e]) == v).Sum(e => flow.EdgeAmounts[e]);
                var outOf = Enumerable.Range(0, m).Where(e => (backward ? edges.Targets[e] : edges.Sources[e]) == v).Sum(e => flow.EdgeAmounts[e]);
                flow.Reached[v].Should().BeApproximately(into, 1e-6);
                flow.Forwarded[v].Should().BeApproximately(outOf, 1e-6);
                if (v != origin)
                {
                    flow.Forwarded[v].Should().BeLessThanOrEqualTo(flow.Reached[v] + 1e-6, "nobody passes on more than it received");
                }
            }
        }
    }

    private static double[] SingleBalance(TimedEdges edges, int origin, bool backward, double initial)
    {
        var balance = new double[edges.NodeCount];
        balance[origin] = initial;
        var carried = new double[edges.Count];
        for (var step = 0; step < edges.Count; step++)
        {
            var e = backward ? edges.Count - 1 - step : step;
            var from = backward ? edges.Targets[e] : edges.Sources[e];
            var to = backward ? edges.Sources[e] : edges.Targets[e];
            var take = Math.Min(balance[from], edges.Amounts[e]);
            if (take <= 0)
            {
                continue;
            }

            balance[from] -= take;
            balance[to] += take;
            carried[e] = take;
        }

        return carried;
    }
}
