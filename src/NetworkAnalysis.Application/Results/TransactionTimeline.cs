using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Results;

/// <summary>
/// Transactions over time, for a time filter's histogram: <see cref="Counts"/>[i] transactions fall in
/// [<see cref="From"/> + i·<see cref="BucketSeconds"/>, <see cref="From"/> + (i+1)·<see cref="BucketSeconds"/>), the last bucket
/// closed at <see cref="To"/>. Undated transactions are counted apart, in <see cref="Undated"/>.
/// </summary>
/// <param name="From">Time of the earliest dated transaction (UTC), or null when none is dated.</param>
/// <param name="To">Time of the latest dated transaction (UTC), or null.</param>
/// <param name="BucketSeconds">Width of each bucket in seconds (at least 1).</param>
/// <param name="Counts">Transactions per bucket, oldest first.</param>
/// <param name="Undated">Transactions without a time.</param>
public sealed record TransactionTimeline(DateTimeOffset? From, DateTimeOffset? To, long BucketSeconds, int[] Counts, int Undated)
{
    /// <summary>Largest number of buckets a caller may ask for.</summary>
    public const int MaxBuckets = 1_000;

    /// <summary>
    /// The histogram of <paramref name="network"/>'s transactions (only the kinds in <paramref name="kinds"/> when given)
    /// in <paramref name="buckets"/> equal buckets between the first and the last transaction time. O(transactions).
    /// </summary>
    public static TransactionTimeline Of(TransactionNetwork network, int buckets, IReadOnlySet<TransactionKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buckets, MaxBuckets);
        long first = long.MaxValue, last = long.MinValue;
        var undated = 0;
        foreach (var t in network.Transactions)
        {
            if (kinds is not null && !kinds.Contains(t.Kind))
            {
                continue;
            }

            if (t.Time is not { } time)
            {
                undated++;
                continue;
            }

            var seconds = time.ToUnixTimeSeconds();
            first = Math.Min(first, seconds);
            last = Math.Max(last, seconds);
        }

        if (first > last)
        {
            return new TransactionTimeline(null, null, 1, [], undated);
        }

        // Whole seconds, so that a bucket's bounds are exact in the ISO times a client sends back as from/to.
        var width = Math.Max(1, (last - first + buckets) / buckets);
        var counts = new int[(int)Math.Min(buckets, ((last - first) / width) + 1)];
        foreach (var t in network.Transactions)
        {
            if (t.Time is { } time && (kinds is null || kinds.Contains(t.Kind)))
            {
                counts[(int)((time.ToUnixTimeSeconds() - first) / width)]++;
            }
        }

        return new TransactionTimeline(DateTimeOffset.FromUnixTimeSeconds(first), DateTimeOffset.FromUnixTimeSeconds(last), width, counts, undated);
    }
}
