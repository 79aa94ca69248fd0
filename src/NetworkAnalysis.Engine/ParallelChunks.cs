using System.Collections.Concurrent;

namespace NetworkAnalysis.Engine;

/// <summary>
/// Splits index ranges into chunks of about equal work for <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>.
/// Chunk boundaries never change what a chunk computes (each item is processed the same way whatever
/// chunk holds it), so results do not depend on the thread count.
/// </summary>
internal static class ParallelChunks
{
    /// <summary>Work below which running on one thread is cheaper than waking others (slots or items).</summary>
    public const int SequentialThreshold = 50_000;

    /// <summary>Effective worker count for a <c>MaxDegreeOfParallelism</c> option (-1 or 0 = all cores).</summary>
    public static int Workers(int maxDegreeOfParallelism) =>
        maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : Math.Min(maxDegreeOfParallelism, Environment.ProcessorCount * 4);

    /// <summary>
    /// Chunk boundaries over items 0..count-1 where item i costs <c>cost(i) = prefix[i+1] - prefix[i] + 1</c>
    /// (a CSR offsets array); returns <c>chunks + 1</c> boundaries.
    /// </summary>
    public static int[] ByPrefix(int[] prefix, int count, int chunks)
    {
        chunks = Math.Max(1, Math.Min(chunks, Math.Max(1, count)));
        var bounds = new int[chunks + 1];
        long total = (long)prefix[count] - prefix[0] + count;
        var item = 0;
        for (var c = 1; c < chunks; c++)
        {
            var target = total * c / chunks;
            while (item < count && (long)prefix[item] - prefix[0] + item < target)
            {
                item++;
            }

            bounds[c] = item;
        }

        bounds[chunks] = count;
        return bounds;
    }

    /// <summary>
    /// Chunks to cut a parallel loop into: several per worker, so that when the machine is shared and one thread
    /// is descheduled the others take over its remaining chunks instead of waiting for it.
    /// </summary>
    public static int ChunkCount(int work, int workers) => work < SequentialThreshold || workers <= 1 ? 1 : workers * 4;

    /// <summary>
    /// Runs <paramref name="body"/>(chunk, scratch) for every chunk on up to <paramref name="workers"/> threads, each
    /// thread holding one scratch object rented from <paramref name="pool"/> for all the chunks it runs.
    /// </summary>
    public static void Run<T>(int chunks, int workers, ScratchPool<T> pool, Action<int, T> body)
        where T : class
    {
        if (workers <= 1 || chunks <= 1)
        {
            var scratch = pool.Rent();
            for (var c = 0; c < chunks; c++)
            {
                body(c, scratch);
            }

            pool.Return(scratch);
            return;
        }

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = workers },
            pool.Rent,
            (c, _, scratch) =>
            {
                body(c, scratch);
                return scratch;
            },
            pool.Return);
    }

    /// <summary>Runs <paramref name="body"/>(chunk) for every chunk, on up to <paramref name="workers"/> threads.</summary>
    public static void Run(int chunks, int workers, Action<int> body)
    {
        if (workers <= 1 || chunks <= 1)
        {
            for (var c = 0; c < chunks; c++)
            {
                body(c);
            }

            return;
        }

        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers }, body);
    }
}

/// <summary>Reusable per-thread scratch objects (each must be handed back in its clean state).</summary>
internal sealed class ScratchPool<T>(Func<T> create)
    where T : class
{
    private readonly ConcurrentBag<T> _items = [];

    public T Rent() => _items.TryTake(out var item) ? item : create();

    public void Return(T item) => _items.Add(item);
}
