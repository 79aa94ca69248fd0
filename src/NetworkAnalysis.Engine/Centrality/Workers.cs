namespace NetworkAnalysis.Engine.Centrality;

/// <summary>How many threads a computation uses.</summary>
internal static class Workers
{
    /// <summary>Below this many edge visits a computation runs on the calling thread (thread start-up would dominate).</summary>
    public const long SequentialWork = 200_000;

    /// <summary>
    /// The number of workers for <paramref name="maxDegreeOfParallelism"/> (≤ 0: one per processor), at most
    /// <paramref name="tasks"/>, and 1 when <paramref name="work"/> is small.
    /// </summary>
    public static int Count(int maxDegreeOfParallelism, long tasks, long work)
    {
        var limit = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        if (work < SequentialWork)
        {
            return 1;
        }

        return (int)Math.Max(1, Math.Min(limit, tasks));
    }
}
