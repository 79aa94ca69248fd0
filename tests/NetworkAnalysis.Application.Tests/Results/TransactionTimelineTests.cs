using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Results;

public class TransactionTimelineTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static TransactionNetwork Network(params (int Days, TransactionKind Kind)[] transactions)
    {
        var builder = new TransactionNetworkBuilder().AddAgent(new Agent("a", AgentKind.Person)).AddAgent(new Agent("b", AgentKind.Person));
        foreach (var (days, kind) in transactions)
        {
            builder.AddTransaction(new Transaction("a", "b", kind) { Time = days < 0 ? null : Start.AddDays(days) });
        }

        return builder.Build();
    }

    [Test]
    public void Of_EqualBuckets_CountsEveryDatedTransactionOnceAndTheUndatedApart()
    {
        var network = Network((0, TransactionKind.Payment), (1, TransactionKind.Payment), (5, TransactionKind.Bribe), (9, TransactionKind.Payment), (-1, TransactionKind.Payment));

        var timeline = TransactionTimeline.Of(network, 3);

        timeline.From.Should().Be(Start);
        timeline.To.Should().Be(Start.AddDays(9));
        // 9 days + 1 s over 3 buckets: whole seconds, rounded up so the last transaction falls in the last bucket.
        timeline.BucketSeconds.Should().Be(((9 * 86_400) + 3) / 3);
        timeline.Counts.Should().Equal(2, 1, 1);
        timeline.Undated.Should().Be(1);
    }

    [Test]
    public void Of_BucketBounds_AgreeWithTheProjectionsHalfOpenWindow()
    {
        var network = Network([.. Enumerable.Range(0, 100).Select(d => (d, TransactionKind.Payment))]);
        var timeline = TransactionTimeline.Of(network, 7);

        for (var i = 0; i < timeline.Counts.Length; i++)
        {
            var from = timeline.From!.Value.AddSeconds(i * timeline.BucketSeconds);
            var to = from.AddSeconds(timeline.BucketSeconds);
            var inWindow = network.Transactions.Count(t => t.Time >= from && t.Time < to);
            timeline.Counts[i].Should().Be(inWindow, $"bucket {i}");
        }

        timeline.Counts.Sum().Should().Be(100);
    }

    [Test]
    public void Of_KindsAndNoTimes_FiltersAndAnswersEmpty()
    {
        var network = Network((0, TransactionKind.Payment), (3, TransactionKind.Bribe), (-1, TransactionKind.Bribe));

        TransactionTimeline.Of(network, 10, new HashSet<TransactionKind> { TransactionKind.Bribe }).Counts.Should().Equal(1);
        var none = TransactionTimeline.Of(Network((-1, TransactionKind.Payment)), 10);
        none.From.Should().BeNull();
        none.Counts.Should().BeEmpty();
        none.Undated.Should().Be(1);
    }
}
